import { QueryFallback } from '../../../components/ui/query-state';
import { useReportSettings } from '../api/report-settings';
import { ReportSettingsForm } from './report-settings-form';

/** The settings page's "Báo cáo" tab (Cài đặt báo cáo): what every annual report of the unit repeats. */
export function ReportSettingsPanel() {
  const query = useReportSettings();
  if (!query.data) {
    return <QueryFallback query={query} />;
  }
  // A new version (saved here or, after a conflict, by someone else) starts the form afresh.
  return <ReportSettingsForm key={query.data.version ?? 0} view={query.data} />;
}
