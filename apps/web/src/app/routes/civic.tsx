import { paths } from '../../config/paths';
import { areaRoute } from './domain-areas';

// Placeholders until the social criticism, voter contact and suggestion box screens land (issue 5).
export const civicRoutes = [
  areaRoute(paths.drafts, 'supervision'),
  areaRoute(paths.voterMeetings, 'supervision'),
  areaRoute(paths.suggestionBoxes, 'supervision'),
] as const;
