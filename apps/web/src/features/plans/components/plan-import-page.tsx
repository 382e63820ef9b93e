import {
  Alert,
  Button,
  FileInput,
  Group,
  NumberInput,
  Paper,
  Progress,
  Stack,
  Text,
} from '@mantine/core';
import {
  importProblemSchema,
  type ImportProblem,
  type ImportResult,
} from '@phoihop/shared/plan-import';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { PageHeader } from '../../../components/ui/page-header';
import { isApiError } from '../../../lib/api-client';
import { templateUrl, useImportPlan } from '../api/import-plan';
import { ImportProblemsTable } from './import-problems-table';
import { PlanLink } from './plan-link';

/** Problems of a refused import: listed with the 400's `meta.problems`. */
function problemsOf(error: unknown): ImportProblem[] | null {
  if (!isApiError(error)) return null;
  const parsed = z.array(importProblemSchema).safeParse(error.meta.problems);
  return parsed.success ? parsed.data : null;
}

/** Template → fill → check (dry run, nothing written) → import. */
export function PlanImportPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear() + 1);
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const run = useImportPlan();
  const problems = checked?.problems.length ? checked.problems : problemsOf(run.error);
  const otherError = run.error && !problemsOf(run.error) ? run.error : null;

  const reset = () => {
    setChecked(null);
    setDone(null);
    run.reset();
  };
  const check = () => {
    if (!file) return;
    reset();
    run.mutate({ file, year, dryRun: true }, { onSuccess: setChecked });
  };
  const write = () => {
    if (!file) return;
    run.mutate({ file, year, dryRun: false }, { onSuccess: setDone });
  };
  const ready = checked !== null && checked.problems.length === 0 && !done;

  return (
    <>
      <PageHeader title={t('plans.import.title')} description={t('plans.import.description')} />
      <Stack maw={900}>
        <Paper withBorder p="md">
          <Stack>
            <Text size="sm">{t('plans.import.step1')}</Text>
            <Button
              component="a"
              href={templateUrl()}
              download
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('plans.import.template')}
            </Button>
            <Text size="sm">{t('plans.import.step2')}</Text>
            <Group align="flex-end" wrap="wrap">
              <NumberInput
                label={t('plans.year')}
                required
                min={2000}
                max={2100}
                allowDecimal={false}
                value={year}
                w={140}
                onChange={(v) => {
                  setYear(typeof v === 'number' ? v : year);
                  reset();
                }}
              />
              <FileInput
                label={t('plans.import.file')}
                required
                accept=".xlsx,.json,.yaml,.yml"
                clearable
                value={file}
                style={{ flex: '1 1 240px' }}
                onChange={(value) => {
                  setFile(value);
                  reset();
                }}
              />
            </Group>
            <Group>
              <Button
                onClick={check}
                disabled={!file || run.isPending}
                loading={run.isPending && !ready}
              >
                {t('plans.import.check')}
              </Button>
              {ready && (
                <Button color="teal" onClick={write} loading={run.isPending}>
                  {t('plans.import.submit')}
                </Button>
              )}
            </Group>
            {run.isPending && (
              <Progress value={100} striped animated aria-label={t('plans.import.working')} />
            )}
          </Stack>
        </Paper>
        {otherError && (
          <Alert color="red" role="alert" title={t('errors.title')}>
            {otherError.message}
          </Alert>
        )}
        {problems && problems.length > 0 && (
          <Alert
            color="red"
            role="alert"
            title={t('plans.import.problemsTitle', { count: problems.length })}
          >
            <ImportProblemsTable problems={problems} />
          </Alert>
        )}
        {ready && (
          <Alert color="blue" title={t('plans.import.checkedTitle')}>
            {t('plans.import.counts', checked)}
          </Alert>
        )}
        {done && (
          <Alert color="teal" title={t('plans.import.doneTitle')} role="status">
            <Text size="sm">{t('plans.import.counts', done)}</Text>
            {done.planId && <PlanLink planId={done.planId}>{t('plans.import.openPlan')}</PlanLink>}
          </Alert>
        )}
      </Stack>
    </>
  );
}
