import { lazy } from 'react';

// recharts is most of the charts' weight: only leaders' overviews download it.
const charts = () => import('./dashboard-charts');

export const ProgressByAreaChart = lazy(() =>
  charts().then((m) => ({ default: m.ProgressByAreaChart })),
);
export const LettersByMonthChart = lazy(() =>
  charts().then((m) => ({ default: m.LettersByMonthChart })),
);
