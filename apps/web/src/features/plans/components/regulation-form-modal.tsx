import { zodResolver } from '@hookform/resolvers/zod';
import {
  FileInput,
  Modal,
  MultiSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { createRegulationBodySchema, type Regulation } from '@phoihop/shared/plans';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useCreateRegulation } from '../api/create-regulation';
import { useOrganisationOptions } from '../../organisations/api/list-organisation-options';
import { useUpdateRegulation } from '../api/update-regulation';
import { attachmentAccept, uploadAttachment } from '../api/upload-attachment';
import { FormActions } from '../../../components/ui/form-actions';
import { DateField } from '../../../components/ui/date-field';

type FormValues = z.input<typeof createRegulationBodySchema>;
const fields = ['number', 'title', 'signedOn', 'validFrom', 'validTo', 'note', 'partyIds'] as const;

export function RegulationFormModal(props: { regulation: Regulation | null; onClose: () => void }) {
  const { t } = useTranslation();
  const r = props.regulation;
  const orgs = useOrganisationOptions();
  const form = useForm<FormValues, unknown, z.output<typeof createRegulationBodySchema>>({
    resolver: zodResolver(createRegulationBodySchema),
    defaultValues: {
      number: r?.number ?? '',
      title: r?.title ?? '',
      signedOn: r?.signedOn ?? '',
      validFrom: r?.validFrom ?? '',
      validTo: r?.validTo ?? null,
      note: r?.note ?? '',
      partyIds: r?.parties.map((p) => p.id) ?? [],
      attachmentId: r?.attachment?.id ?? null,
    },
  });
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const create = useCreateRegulation();
  const update = useUpdateRegulation();
  const { errors } = form.formState;
  const handlers = {
    onSuccess: () => {
      notifications.show({ color: 'teal', message: r ? t('common.saved') : t('common.created') });
      props.onClose();
    },
    onError: (error: unknown) => applyFieldErrors(error, form.setError, fields),
  };
  const submit = form.handleSubmit(async (body) => {
    if (file) {
      setUploading(true);
      try {
        body.attachmentId = (await uploadAttachment(file)).id;
      } catch (error) {
        setFileError(error instanceof Error ? error.message : t('errors.unexpected'));
        return;
      } finally {
        setUploading(false);
      }
    }
    if (r) update.mutate({ id: r.id, version: r.version, body }, handlers);
    else create.mutate(body, handlers);
  });
  const dateField = (name: 'signedOn' | 'validFrom' | 'validTo', required: boolean) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <DateField
          label={t(`regulations.${name}`)}
          required={required}
          clearable={!required}
          value={field.value || null}
          onChange={(v) => field.onChange(v ?? (required ? '' : null))}
          error={errors[name]?.message}
        />
      )}
    />
  );
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={r ? t('regulations.editTitle') : t('regulations.add')}
      size="lg"
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('regulations.number')}
              required
              error={errors.number?.message}
              {...form.register('number')}
            />
            {dateField('signedOn', true)}
          </SimpleGrid>
          <TextInput
            label={t('regulations.titleLabel')}
            required
            error={errors.title?.message}
            {...form.register('title')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {dateField('validFrom', true)}
            {dateField('validTo', false)}
          </SimpleGrid>
          <Controller
            control={form.control}
            name="partyIds"
            render={({ field }) => (
              <MultiSelect
                label={t('regulations.parties')}
                required
                searchable
                data={orgs.data ?? []}
                value={field.value}
                onChange={field.onChange}
                error={errors.partyIds?.message}
              />
            )}
          />
          <Textarea
            label={t('regulations.note')}
            autosize
            minRows={2}
            error={errors.note?.message}
            {...form.register('note')}
          />
          <FileInput
            label={t('regulations.attachment')}
            description={
              r?.attachment ? r.attachment.fileName : t('plans.progressForm.attachmentsHelp')
            }
            accept={attachmentAccept}
            clearable
            value={file}
            error={fileError}
            onChange={(value) => {
              setFile(value);
              setFileError(null);
            }}
          />
          <FormActions
            onCancel={props.onClose}
            saving={uploading || create.isPending || update.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
