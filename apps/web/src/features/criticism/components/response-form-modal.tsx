import { zodResolver } from '@hookform/resolvers/zod';
import { Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { todayInVietnam } from '@phoihop/shared/dates';
import { respondCommentBodySchema, type DraftComment } from '@phoihop/shared/criticism';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormActions } from '../../../components/ui/form-actions';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useRespondComment } from '../api/respond-comment';
import { FormError } from '../../../components/ui/form-error';
import { DateField } from '../../../components/ui/date-field';

type FormValues = z.input<typeof respondCommentBodySchema>;
type FormOutput = z.output<typeof respondCommentBodySchema>;
const fields = ['response', 'text', 'respondedOn'] as const;

/** The drafting body takes a point in ("Tiếp thu") or explains why not ("Giải trình"). */
export function ResponseFormModal(props: { comment: DraftComment; onClose: () => void }) {
  const { t } = useTranslation();
  const { comment } = props;
  const form = useForm<FormValues, unknown, FormOutput>({
    resolver: zodResolver(respondCommentBodySchema),
    defaultValues: {
      response: comment.response === 'EXPLAINED' ? 'EXPLAINED' : 'ACCEPTED',
      text: comment.responseText ?? '',
      respondedOn: comment.respondedOn ?? todayInVietnam(),
    },
  });
  const respond = useRespondComment();
  const [problem, setProblem] = useState<unknown>(null);
  const { errors } = form.formState;
  const submit = form.handleSubmit((body) => {
    setProblem(null);
    respond.mutate(
      { id: comment.id, version: comment.version, body },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('criticism.responses.saved') });
          props.onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(error, form.setError, fields)) setProblem(error);
        },
      },
    );
  });
  return (
    <Modal opened onClose={props.onClose} size="lg" title={t('criticism.responses.title')}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
            {comment.point ? `${comment.point}: ` : ''}
            {comment.content}
          </Text>
          <Controller
            control={form.control}
            name="response"
            render={({ field }) => (
              <Radio.Group
                label={t('criticism.responses.kind')}
                required
                value={field.value}
                onChange={field.onChange}
                error={errors.response?.message}
              >
                <Group mt={6}>
                  <Radio value="ACCEPTED" label={t('criticism.responses.ACCEPTED')} />
                  <Radio value="EXPLAINED" label={t('criticism.responses.EXPLAINED')} />
                </Group>
              </Radio.Group>
            )}
          />
          <Textarea
            label={t('criticism.responses.text')}
            autosize
            minRows={3}
            error={errors.text?.message}
            {...form.register('text')}
          />
          <Controller
            control={form.control}
            name="respondedOn"
            render={({ field }) => (
              <DateField
                label={t('criticism.responses.respondedOn')}
                required
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                error={errors.respondedOn?.message}
              />
            )}
          />
          <FormError error={problem} />
          <FormActions onCancel={props.onClose} saving={respond.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
