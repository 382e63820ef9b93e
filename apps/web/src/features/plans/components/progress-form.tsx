import { zodResolver } from '@hookform/resolvers/zod';
import { Button, FileInput, NumberInput, Select, Stack, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { todayInVietnam } from '@phoihop/shared/dates';
import { createProgressBodySchema, taskStatuses, type PlanItem } from '@phoihop/shared/plans';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useCreateProgress } from '../api/create-progress';
import { attachmentAccept, MAX_ATTACHMENT_BYTES, uploadAttachment } from '../api/upload-attachment';
import { DateField } from '../../../components/ui/date-field';

type FormValues = z.input<typeof createProgressBodySchema>;
const fields = ['reportedOn', 'text', 'achievedValue', 'reportedPercent', 'status'] as const;

/** "Báo cáo tiến độ": files go up first, then the report carries their ids. */
export function ProgressForm(props: { task: PlanItem }) {
  const { t } = useTranslation();
  const { task } = props;
  const hasTarget = task.targetValue !== null;
  const form = useForm<FormValues, unknown, z.output<typeof createProgressBodySchema>>({
    resolver: zodResolver(createProgressBodySchema),
    defaultValues: { reportedOn: todayInVietnam(), text: '' },
  });
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const create = useCreateProgress();
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (body) => {
    let attachmentIds: string[] | undefined;
    if (files.length > 0) {
      setUploading(true);
      try {
        attachmentIds = (await Promise.all(files.map(uploadAttachment))).map((a) => a.id);
      } catch (error) {
        setFileError(error instanceof Error ? error.message : t('errors.unexpected'));
        return;
      } finally {
        setUploading(false);
      }
    }
    create.mutate(
      { taskId: task.id, body: { ...body, ...(attachmentIds ? { attachmentIds } : {}) } },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('plans.progressForm.saved') });
          form.reset({ reportedOn: todayInVietnam(), text: '' });
          setFiles([]);
        },
        onError: (error) => applyFieldErrors(error, form.setError, fields),
      },
    );
  });

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="progress-form-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="progress-form-title">
          {t('plans.progressForm.title')}
        </Title>
        <Controller
          control={form.control}
          name="reportedOn"
          render={({ field }) => (
            <DateField
              label={t('plans.progressForm.reportedOn')}
              required
              value={field.value}
              onChange={(value) => field.onChange(value ?? '')}
              error={errors.reportedOn?.message}
            />
          )}
        />
        <Textarea
          label={t('plans.progressForm.text')}
          required
          autosize
          minRows={3}
          error={errors.text?.message}
          {...form.register('text')}
        />
        {hasTarget ? (
          <Controller
            control={form.control}
            name="achievedValue"
            render={({ field }) => (
              <NumberInput
                label={t('plans.progressForm.achieved', {
                  target: task.targetValue,
                  unit: task.targetUnit ?? '',
                })}
                min={0}
                value={field.value ?? ''}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
                error={errors.achievedValue?.message}
              />
            )}
          />
        ) : (
          <Controller
            control={form.control}
            name="reportedPercent"
            render={({ field }) => (
              <NumberInput
                label={t('plans.progressForm.percent')}
                min={0}
                max={100}
                suffix="%"
                value={field.value ?? ''}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
                error={errors.reportedPercent?.message}
              />
            )}
          />
        )}
        {task.can.updateStatus && (
          <Controller
            control={form.control}
            name="status"
            render={({ field }) => (
              <Select
                label={t('plans.progressForm.status')}
                placeholder={t('plans.progressForm.statusUnchanged')}
                clearable
                data={taskStatuses
                  .filter((s) => s !== 'CANCELLED')
                  .map((s) => ({ value: s, label: t(`plans.taskStatus.${s}`) }))}
                value={field.value ?? null}
                onChange={(value) => field.onChange(value ?? undefined)}
              />
            )}
          />
        )}
        <FileInput
          label={t('plans.progressForm.attachments')}
          description={t('plans.progressForm.attachmentsHelp')}
          multiple
          clearable
          accept={attachmentAccept}
          value={files}
          error={fileError}
          onChange={(value) => {
            const tooBig = value.find((f) => f.size > MAX_ATTACHMENT_BYTES);
            setFileError(tooBig ? t('plans.progressForm.tooBig', { name: tooBig.name }) : null);
            setFiles(tooBig ? [] : value.slice(0, 10));
          }}
        />
        <Button
          type="submit"
          loading={uploading || create.isPending}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('plans.progressForm.submit')}
        </Button>
      </Stack>
    </form>
  );
}
