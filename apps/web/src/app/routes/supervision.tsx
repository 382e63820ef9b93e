import { paths } from '../../config/paths';
import { areaRoute } from './domain-areas';

// Placeholders until the supervision screens land (issue 5).
export const supervisionRoutes = [
  areaRoute(paths.supervision, 'supervision'),
  areaRoute(paths.recommendations, 'supervision'),
  areaRoute(paths.supervisionBoards, 'supervision'),
] as const;
