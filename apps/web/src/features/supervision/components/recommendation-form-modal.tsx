import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { todayInVietnam } from '@phoihop/shared/dates';
import { createWorkCalendar } from '@phoihop/shared/deadlines';
import { createRecommendationBodySchema, type Recommendation } from '@phoihop/shared/supervision';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormActions } from '../../../components/ui/form-actions';
import { isApiError } from '../../../lib/api-client';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useClockSettings } from '../../cases/api/get-clock-settings';
import { useOrganisationOptions } from '../../organisations/api/list-organisation-options';
import { useCreateRecommendation, useUpdateRecommendation } from '../api/recommendations';
import { DateField } from '../../../components/ui/date-field';

type FormValues = z.input<typeof createRecommendationBodySchema>;
type FormOutput = z.output<typeof createRecommendationBodySchema>;
const fields = ['content', 'addresseeOrganisationId', 'addresseeName', 'sentOn', 'dueOn'] as const;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The default due day the API gives: sent day plus the supervision reply limit, on the work calendar. */
function useDefaultDueOn(sentOn: string | undefined) {
  const settings = useClockSettings().data;
  const calendar = useMemo(
    () => (settings ? createWorkCalendar(settings.holidays) : null),
    [settings],
  );
  if (!settings || !calendar || !sentOn || !isoDate.test(sentOn)) return null;
  const limit = settings.legal.supervisionReply;
  return { dueOn: calendar.deadline(sentOn, limit.days, limit.kind), limit };
}

/**
 * "Thêm kiến nghị" to a body of the unit or one outside it, or corrects one still unanswered.
 * The due day follows the sent day until the user sets another one; untouched, it is left to the
 * API's default (the same computation).
 */
export function RecommendationFormModal(props: {
  supervisionId: string;
  recommendation?: Recommendation;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { recommendation: r } = props;
  const orgs = useOrganisationOptions();
  const committee = orgs.data?.find((o) => o.kind === 'PEOPLES_COMMITTEE');
  const [outside, setOutside] = useState(Boolean(r && !r.addressee.organisation));
  const [dueTouched, setDueTouched] = useState(Boolean(r));
  const form = useForm<FormValues, unknown, FormOutput>({
    resolver: zodResolver(createRecommendationBodySchema),
    defaultValues: {
      content: r?.content ?? '',
      addresseeOrganisationId: r ? (r.addressee.organisation?.id ?? null) : null,
      addresseeName: r && !r.addressee.organisation ? r.addressee.name : '',
      sentOn: r?.sentOn ?? todayInVietnam(),
      dueOn: r?.dueOn,
    },
  });
  const sentOn = useWatch({ control: form.control, name: 'sentOn' });
  const computed = useDefaultDueOn(sentOn);
  const create = useCreateRecommendation();
  const update = useUpdateRecommendation();
  const [conflict, setConflict] = useState(false);
  const { errors } = form.formState;
  const onSuccess = () => {
    notifications.show({ color: 'teal', message: t(r ? 'common.saved' : 'common.created') });
    props.onClose();
  };
  const onError = (error: unknown) => {
    if (isApiError(error) && error.code === 'VERSION_CONFLICT') setConflict(true);
    else applyFieldErrors(error, form.setError, fields);
  };
  const submit = form.handleSubmit(({ dueOn, addresseeOrganisationId, addresseeName, ...rest }) => {
    const body = {
      ...rest,
      // One addressee: an organisation of the unit, or a body named outside it.
      addresseeOrganisationId: outside ? null : (addresseeOrganisationId ?? null),
      addresseeName: outside ? addresseeName : null,
      ...(dueTouched && dueOn ? { dueOn } : {}),
    };
    if (r) update.mutate({ id: r.id, version: r.version, body }, { onSuccess, onError });
    else create.mutate({ supervisionId: props.supervisionId, body }, { onSuccess, onError });
  });
  const title = t(r ? 'supervision.recommendations.edit' : 'supervision.recommendations.add');
  // The People's Committee is the usual addressee: chosen once the organisations are known.
  const committeeId = committee?.value;
  useEffect(() => {
    if (!r && committeeId && !form.getValues('addresseeOrganisationId'))
      form.setValue('addresseeOrganisationId', committeeId);
  }, [r, committeeId, form]);
  const chooseOutside = (value: boolean) => {
    setOutside(value);
    form.setValue('addresseeOrganisationId', value ? null : (committeeId ?? null));
  };
  return (
    <Modal opened onClose={props.onClose} size="lg" title={title}>
      <form noValidate onSubmit={(event) => void submit(event)} aria-label={title}>
        <Stack gap="sm">
          <Textarea
            label={t('supervision.recommendations.content')}
            required
            autosize
            minRows={3}
            error={errors.content?.message}
            {...form.register('content')}
          />
          <div>
            <Text size="sm" fw={500} mb={4} id="addressee-kind">
              {t('supervision.recommendations.addressee')}
            </Text>
            <SegmentedControl
              aria-labelledby="addressee-kind"
              fullWidth
              value={outside ? 'outside' : 'unit'}
              onChange={(v) => chooseOutside(v === 'outside')}
              data={[
                { value: 'unit', label: t('supervision.recommendations.addresseeUnit') },
                { value: 'outside', label: t('supervision.recommendations.addresseeOutside') },
              ]}
            />
          </div>
          {outside ? (
            <TextInput
              label={t('supervision.recommendations.addresseeName')}
              required
              error={errors.addresseeName?.message ?? errors.addresseeOrganisationId?.message}
              {...form.register('addresseeName')}
            />
          ) : (
            <Controller
              control={form.control}
              name="addresseeOrganisationId"
              render={({ field }) => (
                <Select
                  label={t('supervision.recommendations.addresseeOrganisation')}
                  required
                  searchable
                  allowDeselect={false}
                  data={(orgs.data ?? []).map((o) => ({ value: o.value, label: o.name }))}
                  value={field.value ?? null}
                  onChange={(v) => field.onChange(v ?? null)}
                  error={errors.addresseeOrganisationId?.message}
                />
              )}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller
              control={form.control}
              name="sentOn"
              render={({ field }) => (
                <DateField
                  label={t('supervision.recommendations.sentOn')}
                  required
                  value={field.value || null}
                  onChange={(v) => field.onChange(v ?? '')}
                  error={errors.sentOn?.message}
                />
              )}
            />
            <Controller
              control={form.control}
              name="dueOn"
              render={({ field }) => (
                <DateField
                  label={t('supervision.recommendations.dueOn')}
                  description={
                    computed
                      ? t('supervision.recommendations.dueDefault', {
                          days: computed.limit.days,
                          kind: t(`supervision.dayKinds.${computed.limit.kind}`),
                        })
                      : t('supervision.recommendations.dueServer')
                  }
                  clearable
                  value={(dueTouched ? field.value : computed?.dueOn) ?? null}
                  onChange={(v) => {
                    setDueTouched(v !== null);
                    field.onChange(v ?? undefined);
                  }}
                  error={errors.dueOn?.message}
                />
              )}
            />
          </SimpleGrid>
          {conflict && (
            <Alert color="orange" role="alert" title={t('supervision.conflict.title')}>
              <Text size="sm">{t('supervision.conflict.body')}</Text>
            </Alert>
          )}
          <FormActions onCancel={props.onClose} saving={create.isPending || update.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
