import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Modal,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { todayInVietnam } from '@phoihop/shared/dates';
import {
  recommendationTransitions,
  respondRecommendationBodySchema,
  type Recommendation,
} from '@phoihop/shared/supervision';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormActions } from '../../../components/ui/form-actions';
import { isApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/dates';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useRespondRecommendation } from '../api/recommendations';
import { FileField } from './file-field';
import { DateField } from '../../../components/ui/date-field';

type FormValues = z.input<typeof respondRecommendationBodySchema>;
type FormOutput = z.output<typeof respondRecommendationBodySchema>;
type Step = FormOutput['status'];
const fields = ['status', 'text', 'on', 'documentNumber', 'fileId'] as const;

/**
 * The addressee's answer, or a later step (being implemented, implemented), or a refusal with its
 * reasons: only the steps `recommendationTransitions` allows from where it stands.
 */
export function AnswerModal(props: { recommendation: Recommendation; onClose: () => void }) {
  const { t } = useTranslation();
  const r = props.recommendation;
  const steps = recommendationTransitions[r.status] as Step[];
  const form = useForm<FormValues, unknown, FormOutput>({
    resolver: zodResolver(respondRecommendationBodySchema),
    defaultValues: {
      status: steps[0],
      text: '',
      on: todayInVietnam(),
      documentNumber: '',
      fileId: null,
    },
  });
  const status = useWatch({ control: form.control, name: 'status' });
  const respond = useRespondRecommendation();
  const [conflict, setConflict] = useState(false);
  const { errors } = form.formState;
  const submit = form.handleSubmit((body) =>
    respond.mutate(
      { id: r.id, version: r.version, body },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('supervision.answer.saved') });
          props.onClose();
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'VERSION_CONFLICT') setConflict(true);
          else applyFieldErrors(error, form.setError, fields);
        },
      },
    ),
  );
  const title = t('supervision.answer.title', { n: r.ordinal });
  return (
    <Modal opened onClose={props.onClose} size="lg" title={title}>
      <form noValidate onSubmit={(event) => void submit(event)} aria-label={title}>
        <Stack gap="sm">
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {r.content}
          </Text>
          <Text size="xs" c="dimmed">
            {t('supervision.recommendations.sentDue', {
              sent: formatDate(r.sentOn),
              due: formatDate(r.dueOn),
            })}
          </Text>
          <Controller
            control={form.control}
            name="status"
            render={({ field }) => (
              <Radio.Group
                label={t('supervision.answer.step')}
                required
                value={field.value}
                onChange={field.onChange}
                error={errors.status?.message}
              >
                <Stack gap={6} mt={6}>
                  {steps.map((step) => (
                    <Radio key={step} value={step} label={t(`supervision.answer.steps.${step}`)} />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          />
          <Textarea
            label={t(
              status === 'REJECTED' ? 'supervision.answer.reasons' : 'supervision.answer.text',
            )}
            required
            autosize
            minRows={3}
            error={errors.text?.message}
            {...form.register('text')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller
              control={form.control}
              name="on"
              render={({ field }) => (
                <DateField
                  label={t('supervision.answer.on')}
                  required
                  value={field.value || null}
                  onChange={(v) => field.onChange(v ?? '')}
                  error={errors.on?.message}
                />
              )}
            />
            <TextInput
              label={t('supervision.answer.documentNumber')}
              error={errors.documentNumber?.message}
              {...form.register('documentNumber')}
            />
          </SimpleGrid>
          <Controller
            control={form.control}
            name="fileId"
            render={({ field }) => (
              <FileField
                label={t('supervision.answer.file')}
                value={field.value}
                onChange={field.onChange}
                error={errors.fileId?.message}
              />
            )}
          />
          {conflict && (
            <Alert color="orange" role="alert" title={t('supervision.conflict.title')}>
              <Text size="sm">{t('supervision.conflict.body')}</Text>
              <Button mt="xs" size="xs" variant="light" color="orange" onClick={props.onClose}>
                {t('supervision.conflict.reload')}
              </Button>
            </Alert>
          )}
          <FormActions
            onCancel={props.onClose}
            saving={respond.isPending}
            submitLabel={t('supervision.answer.submit')}
          />
        </Stack>
      </form>
    </Modal>
  );
}
