import { zodResolver } from '@hookform/resolvers/zod';
import { FileInput, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { addDays, todayInVietnam } from '@phoihop/shared/dates';
import { createDraftBodySchema, type DraftDetail } from '@phoihop/shared/criticism';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormActions } from '../../../components/ui/form-actions';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useOrganisationOptions } from '../../organisations/api/list-organisation-options';
import { useCreateDraft, useUpdateDraft } from '../api/save-draft';
import { attachmentAccept, uploadAttachment } from '../api/upload-attachment';
import { FormError } from '../../../components/ui/form-error';
import { DateField } from '../../../components/ui/date-field';

type FormValues = z.input<typeof createDraftBodySchema>;
type FormOutput = z.output<typeof createDraftBodySchema>;
const fields = [
  'title',
  'draftingOrganisationId',
  'draftingBody',
  'summary',
  'fileId',
  'submittedOn',
  'commentDeadline',
] as const;

function valuesOf(draft: DraftDetail | undefined): FormValues {
  const today = todayInVietnam();
  return {
    title: draft?.title ?? '',
    draftingOrganisationId: draft?.draftingOrganisation?.id ?? null,
    draftingBody: draft && !draft.draftingOrganisation ? draft.draftingBody : '',
    summary: draft?.summary ?? '',
    fileId: draft?.file?.id ?? null,
    submittedOn: draft?.submittedOn ?? today,
    commentDeadline: draft?.commentDeadline ?? addDays(today, 15),
  };
}

/** Adds a draft submitted for comment, or edits one with the version it was read at. */
export function DraftFormModal(props: {
  draft?: DraftDetail;
  onClose: () => void;
  onSaved?: (draft: DraftDetail) => void;
}) {
  const { t } = useTranslation();
  const { draft } = props;
  const orgs = useOrganisationOptions();
  const form = useForm<FormValues, unknown, FormOutput>({
    resolver: zodResolver(createDraftBodySchema),
    defaultValues: valuesOf(draft),
  });
  const create = useCreateDraft();
  const update = useUpdateDraft();
  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const { errors } = form.formState;
  const handlers = {
    onSuccess: (saved: DraftDetail) => {
      notifications.show({ color: 'teal', message: t(draft ? 'common.saved' : 'common.created') });
      props.onSaved?.(saved);
      props.onClose();
    },
    onError: (error: unknown) => {
      if (!applyFieldErrors(error, form.setError, fields)) setProblem(error);
    },
  };
  const submit = form.handleSubmit(async (body) => {
    setProblem(null);
    if (file) {
      setUploading(true);
      try {
        body.fileId = (await uploadAttachment(file)).id;
      } catch (error) {
        setProblem(error);
        return;
      } finally {
        setUploading(false);
      }
    }
    if (draft) update.mutate({ id: draft.id, version: draft.version, body }, handlers);
    else create.mutate(body, handlers);
  });
  const dateField = (name: 'submittedOn' | 'commentDeadline') => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <DateField
          label={t(`criticism.drafts.${name}`)}
          required
          value={field.value || null}
          onChange={(value) => field.onChange(value ?? '')}
          error={errors[name]?.message}
        />
      )}
    />
  );
  return (
    <Modal
      opened
      onClose={props.onClose}
      size="lg"
      title={t(draft ? 'criticism.drafts.edit' : 'criticism.drafts.create')}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          <TextInput
            label={t('criticism.drafts.title')}
            required
            error={errors.title?.message}
            {...form.register('title')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller
              control={form.control}
              name="draftingOrganisationId"
              render={({ field }) => (
                <Select
                  label={t('criticism.drafts.draftingOrganisation')}
                  searchable
                  clearable
                  data={(orgs.data ?? []).map(({ value, label }) => ({ value, label }))}
                  value={field.value ?? null}
                  onChange={(value) => field.onChange(value ?? null)}
                  error={errors.draftingOrganisationId?.message}
                />
              )}
            />
            <TextInput
              label={t('criticism.drafts.draftingBody')}
              description={t('criticism.drafts.draftingBodyHelp')}
              error={errors.draftingBody?.message}
              {...form.register('draftingBody')}
            />
          </SimpleGrid>
          <Textarea
            label={t('criticism.drafts.summary')}
            autosize
            minRows={3}
            error={errors.summary?.message}
            {...form.register('summary')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {dateField('submittedOn')}
            {dateField('commentDeadline')}
          </SimpleGrid>
          <FileInput
            label={t('criticism.drafts.file')}
            description={draft?.file?.fileName ?? t('criticism.drafts.fileHelp')}
            accept={attachmentAccept}
            clearable
            value={file}
            onChange={setFile}
          />
          <FormError error={problem} />
          <FormActions
            onCancel={props.onClose}
            saving={uploading || create.isPending || update.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
