import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { createCommentBodySchema, type DraftDetail } from '@phoihop/shared/criticism';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormActions } from '../../../components/ui/form-actions';
import { isApiError } from '../../../lib/api-client';
import { useCurrentMe } from '../../../lib/auth';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useOrganisationOptions } from '../../organisations/api/list-organisation-options';
import { useCreateComment } from '../api/create-comment';
import { FormError } from '../../../components/ui/form-error';

type FormValues = z.input<typeof createCommentBodySchema>;
type FormOutput = z.output<typeof createCommentBodySchema>;
const fields = ['organisationId', 'personName', 'point', 'content'] as const;

/**
 * "Góp ý": staff comment for their own organisation; the Front (who manages the draft) also
 * records another organisation's or a named person's comment received on paper.
 */
export function CommentFormModal(props: { draft: DraftDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const forOthers = props.draft.can.manage;
  const orgs = useOrganisationOptions();
  const form = useForm<FormValues, unknown, FormOutput>({
    resolver: zodResolver(createCommentBodySchema),
    defaultValues: {
      organisationId: me.organisation?.id ?? null,
      personName: '',
      point: '',
      content: '',
    },
  });
  const create = useCreateComment();
  const [problem, setProblem] = useState<unknown>(null);
  const { errors } = form.formState;
  const closed = isApiError(problem) && problem.code === 'COMMENT_PERIOD_CLOSED';
  const submit = form.handleSubmit((body) => {
    setProblem(null);
    create.mutate(
      { draftId: props.draft.id, body },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('criticism.comments.saved') });
          props.onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(error, form.setError, fields)) setProblem(error);
        },
      },
    );
  });
  return (
    <Modal opened onClose={props.onClose} size="lg" title={t('criticism.comments.add')}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          <Text size="sm" c="dimmed">
            {props.draft.title}
          </Text>
          {forOthers ? (
            <>
              <Controller
                control={form.control}
                name="organisationId"
                render={({ field }) => (
                  <Select
                    label={t('criticism.comments.organisation')}
                    searchable
                    clearable
                    data={(orgs.data ?? []).map(({ value, label }) => ({ value, label }))}
                    value={field.value ?? null}
                    onChange={(value) => field.onChange(value ?? null)}
                    error={errors.organisationId?.message}
                  />
                )}
              />
              <TextInput
                label={t('criticism.comments.personName')}
                description={t('criticism.comments.personNameHelp')}
                error={errors.personName?.message}
                {...form.register('personName')}
              />
            </>
          ) : (
            <div>
              <Text fw={500}>
                {t('criticism.comments.ownOrganisation', { name: me.organisation?.name ?? '' })}
              </Text>
              {/* Someone without an organisation cannot comment in its name. */}
              {errors.organisationId && (
                <Text size="sm" c="red">
                  {errors.organisationId.message}
                </Text>
              )}
            </div>
          )}
          <TextInput
            label={t('criticism.comments.point')}
            description={t('criticism.comments.pointHelp')}
            error={errors.point?.message}
            {...form.register('point')}
          />
          <Textarea
            label={t('criticism.comments.content')}
            required
            autosize
            minRows={4}
            error={errors.content?.message}
            {...form.register('content')}
          />
          {closed ? (
            <Alert color="orange" role="alert" title={t('criticism.countdown.passed')}>
              <Text size="sm">{t('criticism.comments.closed')}</Text>
            </Alert>
          ) : (
            <FormError error={problem} />
          )}
          <FormActions onCancel={props.onClose} saving={create.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
