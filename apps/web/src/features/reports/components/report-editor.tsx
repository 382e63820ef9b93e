import { Alert, Box, Grid, LoadingOverlay, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { formatDateVi } from '@phoihop/shared/dates';
import type { AnnualReportDraft, AnnualReportVersion, ReportFigure } from '@phoihop/shared/reports';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useCurrentMe } from '../../../lib/auth';
import {
  annualDraftQueryOptions,
  reportFiguresQueryOptions,
  useReportFigures,
} from '../api/annual-reports';
import { useDownloadReport } from '../api/download-report';
import {
  reportVersionQueryOptions,
  reportVersionsQueryOptions,
  useSaveReportVersion,
} from '../api/report-versions';
import { cleanContent, withBlock } from '../content-edits';
import type { AnnualReportSearch } from '../search-params';
import { contentProblem } from './content-problem';
import { FigureWordsProvider } from './figure-words';
import { FiguresPanel } from './figures-panel';
import { ReportDocument } from './report-document';
import { ReportToolbar } from './report-toolbar';
import { SaveVersionModal } from './save-version-modal';
import { VersionView } from './version-view';
import { VersionsPanel } from './versions-panel';

/** The saved version the editor started from: `basedOn` when saving. */
interface Base {
  versionNo: number;
  asOf: string;
  number: number | null;
}
const baseOf = (v: AnnualReportVersion): Base => ({
  versionNo: v.versionNo,
  asOf: v.asOf,
  number: v.header.number,
});

/**
 * The report being written: the text (from the newest version, else generated), the figures at
 * the report's date, saving as a new version and downloading it as DOCX; older versions open read
 * only beside it without losing the text being written.
 */
export function ReportEditor(props: {
  year: number;
  draft: AnnualReportDraft;
  latest: AnnualReportVersion | null;
  search: AnnualReportSearch;
  onSearchChange: (patch: Partial<AnnualReportSearch>) => void;
}) {
  const { t } = useTranslation();
  const { year, draft, search, onSearchChange } = props;
  const queryClient = useQueryClient();
  const me = useCurrentMe();
  const canEdit = hasPermission(me, 'report:edit');
  const [content, setContent] = useState(props.latest?.content ?? draft.content);
  const [settingsHeader, setSettingsHeader] = useState(draft.header);
  const [base, setBase] = useState<Base | null>(props.latest && baseOf(props.latest));
  const [edited, setEdited] = useState(false);
  const [saveDialog, setSaveDialog] = useState<{ thenDownload: boolean } | null>(null);
  const [invalid, setInvalid] = useState<Error | null>(null);

  const asOf = search.asOf ?? draft.asOf;
  const figuresQuery = useReportFigures(year, asOf, { asOf: draft.asOf, figures: draft.figures });
  const figures = figuresQuery.data?.figures ?? [];
  const header = { ...settingsHeader, number: base?.number ?? null, date: asOf };
  const unsaved = base === null || edited || base.asOf !== asOf;

  useEffect(() => {
    if (!edited) return;
    // Closing the tab with edits not saved asks first (the browser's own question).
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [edited]);

  const seedFigures = (at: string, list: ReportFigure[]) =>
    queryClient.setQueryData(reportFiguresQueryOptions(year, at).queryKey, {
      asOf: at,
      figures: list,
    });
  const save = useSaveReportVersion(year);
  const download = useDownloadReport(year);
  const startDownload = (versionNo: number) =>
    download.mutate(versionNo, {
      onSuccess: (fileName) =>
        notifications.show({ color: 'teal', message: t('reports.download.done', { fileName }) }),
    });

  const regenerate = useMutation({
    mutationFn: () =>
      queryClient.fetchQuery({ ...annualDraftQueryOptions(year, asOf), staleTime: 0 }),
    onSuccess: (fresh) => {
      setContent(fresh.content);
      setSettingsHeader(fresh.header);
      setEdited(true);
      seedFigures(fresh.asOf, fresh.figures);
    },
  });

  const loadNewest = useMutation({
    mutationFn: async () => {
      const list = await queryClient.fetchQuery({
        ...reportVersionsQueryOptions(year),
        staleTime: 0,
      });
      const newest = list.items[0];
      if (!newest) throw new Error(t('reports.versions.empty'));
      return queryClient.fetchQuery(reportVersionQueryOptions(year, newest.versionNo));
    },
    onSuccess: (version) => {
      setContent(version.content);
      setBase(baseOf(version));
      setEdited(false);
      save.reset();
      setSaveDialog(null);
      onSearchChange({ asOf: version.asOf, version: undefined });
      notifications.show({
        color: 'teal',
        message: t('reports.save.loaded', { n: version.versionNo }),
      });
    },
  });

  const submit = (note: string) => {
    const cleaned = cleanContent(content);
    const problem = contentProblem(cleaned, t);
    setInvalid(problem ? new Error(problem) : null);
    if (problem) return;
    const thenDownload = saveDialog?.thenDownload ?? false;
    save.mutate(
      {
        basedOn: base?.versionNo ?? null,
        asOf,
        header,
        content: cleaned,
        note: note.trim() || null,
      },
      {
        onSuccess: (version) => {
          setContent(version.content);
          setBase(baseOf(version));
          setEdited(false);
          seedFigures(version.asOf, version.figures);
          setSaveDialog(null);
          notifications.show({
            color: 'teal',
            message: t('reports.save.saved', { n: version.versionNo }),
          });
          if (thenDownload) startDownload(version.versionNo);
        },
      },
    );
  };
  const openSave = (thenDownload: boolean) => {
    save.reset();
    setInvalid(null);
    setSaveDialog({ thenDownload });
  };

  const viewing = search.version;
  return (
    <FigureWordsProvider year={year} asOf={asOf} unitName={me.unit.name}>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            {viewing !== undefined ? (
              <VersionView
                year={year}
                versionNo={viewing}
                downloading={download.isPending}
                onDownload={() => startDownload(viewing)}
                onBack={() => onSearchChange({ version: undefined })}
              />
            ) : (
              <>
                <ReportToolbar
                  year={year}
                  asOf={asOf}
                  onAsOfChange={(next) => onSearchChange({ asOf: next })}
                  canEdit={canEdit}
                  base={base}
                  unsaved={unsaved}
                  figuresUpdating={figuresQuery.isFetching && figuresQuery.isPlaceholderData}
                  saving={save.isPending}
                  downloading={download.isPending}
                  regenerating={regenerate.isPending}
                  confirmRegenerate={edited || base !== null}
                  onSave={() => openSave(false)}
                  onDownload={() =>
                    canEdit && unsaved ? openSave(true) : base && startDownload(base.versionNo)
                  }
                  onRegenerate={() => regenerate.mutate()}
                />
                {!canEdit && (
                  <Alert color="blue" variant="light">
                    {t('reports.editor.readOnly')}
                  </Alert>
                )}
                <Box pos="relative">
                  <LoadingOverlay
                    visible={regenerate.isPending}
                    loaderProps={{ children: t('reports.editor.generating') }}
                  />
                  <ReportDocument
                    header={header}
                    content={content}
                    figures={figures}
                    onEdit={
                      canEdit
                        ? (path, value) => {
                            setContent((current) => withBlock(current, path, value));
                            setEdited(true);
                          }
                        : undefined
                    }
                  />
                </Box>
              </>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <VersionsPanel
              year={year}
              // "Being continued" speaks to those who write; a reader only reads.
              baseVersionNo={canEdit ? (base?.versionNo ?? null) : null}
              viewing={viewing}
              downloading={download.isPending ? (download.variables ?? null) : null}
              onView={(versionNo) => onSearchChange({ version: versionNo })}
              onDownload={startDownload}
            />
            {viewing === undefined && (
              <FiguresPanel figures={figures} asOfText={formatDateVi(asOf)} />
            )}
          </Stack>
        </Grid.Col>
        {saveDialog && (
          <SaveVersionModal
            nextVersionNo={(base?.versionNo ?? 0) + 1}
            asOf={asOf}
            thenDownload={saveDialog.thenDownload}
            saving={save.isPending}
            error={invalid ?? save.error}
            loadingNewest={loadNewest.isPending}
            onSave={submit}
            onLoadNewest={() => loadNewest.mutate()}
            onClose={() => setSaveDialog(null)}
          />
        )}
      </Grid>
    </FigureWordsProvider>
  );
}
