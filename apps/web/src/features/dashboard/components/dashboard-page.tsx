import { Stack } from '@mantine/core';
import { QueryFallback } from '../../../components/ui/query-state';
import { useDashboard } from '../api/get-dashboard';
import { MyWorkCard } from './my-work-card';
import { OverviewSection } from './overview-section';

/**
 * The home dashboard: everyone's "my organisation's work"; the ward's overview for those the API
 * gives one to (it decides: `overview` is null for the others).
 */
export function DashboardPage(props: {
  year: number | undefined;
  onYearChange: (year: number) => void;
  mineYear: number | undefined;
  onMineYearChange: (year: number) => void;
}) {
  const query = useDashboard({ year: props.year, mineYear: props.mineYear });
  if (!query.data) {
    return <QueryFallback query={query} />;
  }
  const dashboard = query.data;
  return (
    <Stack gap="lg">
      <MyWorkCard
        mine={dashboard.mine}
        today={dashboard.today}
        onYearChange={props.onMineYearChange}
      />
      {dashboard.overview && (
        <OverviewSection
          overview={dashboard.overview}
          year={dashboard.year}
          selectedYear={props.year ?? dashboard.year}
          today={dashboard.today}
          isLoading={query.isPlaceholderData}
          onYearChange={props.onYearChange}
        />
      )}
    </Stack>
  );
}
