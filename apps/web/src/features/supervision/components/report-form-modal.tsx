import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { todayInVietnam } from '@phoihop/shared/dates';
import { recordReportBodySchema, type SupervisionDetail } from '@phoihop/shared/supervision';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormActions } from '../../../components/ui/form-actions';
import { isApiError } from '../../../lib/api-client';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useRecordReport } from '../api/supervisions';
import { FileField } from './file-field';
import { DateField } from '../../../components/ui/date-field';

type FormValues = z.input<typeof recordReportBodySchema>;
type FormOutput = z.output<typeof recordReportBodySchema>;
const fields = ['text', 'findings', 'reportedOn', 'fileId'] as const;

/** The team's report (text, findings, date, file); recording it marks the supervision reported. */
export function ReportFormModal(props: { supervision: SupervisionDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { supervision } = props;
  const report = supervision.report;
  const form = useForm<FormValues, unknown, FormOutput>({
    resolver: zodResolver(recordReportBodySchema),
    defaultValues: {
      text: report?.text ?? '',
      findings: report?.findings ?? '',
      reportedOn: report?.reportedOn ?? todayInVietnam(),
      fileId: report?.file?.id ?? null,
    },
  });
  const record = useRecordReport();
  const [conflict, setConflict] = useState(false);
  const { errors } = form.formState;
  const submit = form.handleSubmit((body) =>
    record.mutate(
      { id: supervision.id, version: supervision.version, body },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('common.saved') });
          props.onClose();
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'VERSION_CONFLICT') setConflict(true);
          else applyFieldErrors(error, form.setError, fields);
        },
      },
    ),
  );
  const title = t(report ? 'supervision.report.edit' : 'supervision.report.record');
  return (
    <Modal opened onClose={props.onClose} size="lg" title={title}>
      <form noValidate onSubmit={(event) => void submit(event)} aria-label={title}>
        <Stack gap="sm">
          <Controller
            control={form.control}
            name="reportedOn"
            render={({ field }) => (
              <DateField
                label={t('supervision.report.reportedOn')}
                required
                minDate={supervision.periodFrom}
                maxDate={todayInVietnam()}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                error={errors.reportedOn?.message}
              />
            )}
          />
          <Textarea
            label={t('supervision.report.text')}
            required
            autosize
            minRows={4}
            error={errors.text?.message}
            {...form.register('text')}
          />
          <Textarea
            label={t('supervision.report.findings')}
            autosize
            minRows={3}
            error={errors.findings?.message}
            {...form.register('findings')}
          />
          <Controller
            control={form.control}
            name="fileId"
            render={({ field }) => (
              <FileField
                label={t('supervision.report.file')}
                value={field.value}
                current={report?.file ?? null}
                onChange={field.onChange}
                error={errors.fileId?.message}
              />
            )}
          />
          {conflict && (
            <Alert color="orange" role="alert" title={t('supervision.conflict.title')}>
              <Text size="sm">{t('supervision.conflict.body')}</Text>
            </Alert>
          )}
          <FormActions onCancel={props.onClose} saving={record.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
