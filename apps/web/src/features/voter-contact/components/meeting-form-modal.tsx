import { zodResolver } from '@hookform/resolvers/zod';
import {
  FileInput,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { todayInVietnam } from '@phoihop/shared/dates';
import {
  createVoterMeetingBodySchema,
  voterMeetingKinds,
  type VoterMeeting,
  type VoterMeetingDetail,
} from '@phoihop/shared/voter-contact';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormActions } from '../../../components/ui/form-actions';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useCreateMeeting } from '../api/create-meeting';
import { useUpdateMeeting } from '../api/update-meeting';
import { attachmentAccept, uploadAttachment } from '../api/upload-attachment';
import { FormError } from '../../../components/ui/form-error';
import { DateField } from '../../../components/ui/date-field';

type FormValues = z.input<typeof createVoterMeetingBodySchema>;
type FormOutput = z.output<typeof createVoterMeetingBodySchema>;
const fields = [
  'kind',
  'councilSession',
  'theme',
  'heldOn',
  'location',
  'delegates',
  'voterCount',
  'note',
  'minutesFileId',
] as const;

const valuesOf = (meeting: VoterMeeting | undefined): FormValues => ({
  kind: meeting?.kind ?? 'BEFORE_SESSION',
  councilSession: meeting?.councilSession ?? '',
  theme: meeting?.theme ?? '',
  heldOn: meeting?.heldOn ?? todayInVietnam(),
  location: meeting?.location ?? '',
  delegates: meeting?.delegates ?? [],
  voterCount: meeting?.voterCount ?? null,
  note: meeting?.note ?? '',
  minutesFileId: meeting?.minutesFile?.id ?? null,
});

/** Creates a voter-contact meeting, or edits one with the version it was read at. */
export function MeetingFormModal(props: {
  meeting?: VoterMeeting;
  onClose: () => void;
  onSaved?: (meeting: VoterMeetingDetail) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<FormValues, unknown, FormOutput>({
    resolver: zodResolver(createVoterMeetingBodySchema),
    defaultValues: valuesOf(props.meeting),
  });
  const create = useCreateMeeting();
  const update = useUpdateMeeting();
  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const { errors } = form.formState;
  const kind = useWatch({ control: form.control, name: 'kind' });
  const handlers = {
    onSuccess: (meeting: VoterMeetingDetail) => {
      notifications.show({
        color: 'teal',
        message: t(props.meeting ? 'common.saved' : 'common.created'),
      });
      props.onSaved?.(meeting);
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
        body.minutesFileId = (await uploadAttachment(file)).id;
      } catch (error) {
        setProblem(error);
        return;
      } finally {
        setUploading(false);
      }
    }
    if (props.meeting) {
      update.mutate({ id: props.meeting.id, version: props.meeting.version, body }, handlers);
    } else {
      create.mutate(body, handlers);
    }
  });
  return (
    <Modal
      opened
      onClose={props.onClose}
      size="lg"
      title={t(props.meeting ? 'voterContact.meetings.edit' : 'voterContact.meetings.create')}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller
              control={form.control}
              name="kind"
              render={({ field }) => (
                <Select
                  label={t('voterContact.meetings.kind')}
                  required
                  allowDeselect={false}
                  data={voterMeetingKinds.map((k) => ({
                    value: k,
                    label: t(`voterContact.kinds.${k}`),
                  }))}
                  value={field.value}
                  onChange={field.onChange}
                  error={errors.kind?.message}
                />
              )}
            />
            <Controller
              control={form.control}
              name="heldOn"
              render={({ field }) => (
                <DateField
                  label={t('voterContact.meetings.heldOn')}
                  required
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  error={errors.heldOn?.message}
                />
              )}
            />
          </SimpleGrid>
          {kind === 'THEMATIC' ? (
            <TextInput
              label={t('voterContact.meetings.theme')}
              error={errors.theme?.message}
              {...form.register('theme')}
            />
          ) : (
            <TextInput
              label={t('voterContact.meetings.councilSession')}
              description={t('voterContact.meetings.councilSessionHelp')}
              error={errors.councilSession?.message}
              {...form.register('councilSession')}
            />
          )}
          <TextInput
            label={t('voterContact.meetings.location')}
            required
            error={errors.location?.message}
            {...form.register('location')}
          />
          <Controller
            control={form.control}
            name="delegates"
            render={({ field }) => (
              <TagsInput
                label={t('voterContact.meetings.delegates')}
                description={t('voterContact.meetings.delegatesHelp')}
                value={field.value ?? []}
                onChange={field.onChange}
                maxTags={30}
                clearable
                error={errors.delegates?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="voterCount"
            render={({ field }) => (
              <NumberInput
                label={t('voterContact.meetings.voterCount')}
                min={0}
                max={100000}
                allowDecimal={false}
                allowNegative={false}
                value={field.value ?? ''}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : null)}
                error={errors.voterCount?.message}
              />
            )}
          />
          <Textarea
            label={t('voterContact.meetings.note')}
            autosize
            minRows={2}
            error={errors.note?.message}
            {...form.register('note')}
          />
          <FileInput
            label={t('voterContact.meetings.minutesFile')}
            description={
              props.meeting?.minutesFile?.fileName ?? t('voterContact.meetings.minutesHelp')
            }
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
