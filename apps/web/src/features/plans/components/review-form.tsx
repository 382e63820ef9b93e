import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { todayInVietnam } from '@phoihop/shared/dates';
import type { Plan, PlanItem } from '@phoihop/shared/plans';
import { createReviewBodySchema, reviewRatingSchema } from '@phoihop/shared/reviews';
import { IconTrash } from '@tabler/icons-react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useCreateReview } from '../api/create-review';
import { useOrganisationOptions } from '../../organisations/api/list-organisation-options';
import { FormActions } from '../../../components/ui/form-actions';
import { DateField } from '../../../components/ui/date-field';

// Tasks left unrated are simply not assessed.
const formSchema = createReviewBodySchema.extend({
  ratings: z.array(
    z.object({ taskId: z.string(), rating: reviewRatingSchema.nullable(), note: z.string() }),
  ),
});
type FormValues = z.input<typeof formSchema>;
const fields = ['period', 'heldOn', 'presentOrganisationIds', 'conclusions', 'followUps'] as const;

export function ReviewForm(props: { plan: Plan; items: PlanItem[]; onDone: () => void }) {
  const { t } = useTranslation();
  const orgs = useOrganisationOptions();
  // A review is held in the plan's year or later, and not in the future.
  const yearStart = `${props.plan.year}-01-01`;
  const today = todayInVietnam();
  const tasks = props.items.filter((i) => i.kind === 'TASK' && i.status !== 'CANCELLED');
  const form = useForm<FormValues, unknown, z.output<typeof formSchema>>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      period: props.plan.reviewsDue[0] ?? props.plan.reviewPeriods[0] ?? 'Q1',
      heldOn: today,
      presentOrganisationIds: [],
      conclusions: '',
      followUps: [],
      ratings: tasks.map((task) => ({ taskId: task.id, rating: null, note: '' })),
    },
  });
  const followUps = useFieldArray({ control: form.control, name: 'followUps' });
  const create = useCreateReview();
  const { errors } = form.formState;
  const submit = form.handleSubmit(({ ratings, ...body }) =>
    create.mutate(
      {
        planId: props.plan.id,
        body: {
          ...body,
          assessments: ratings.flatMap((r) =>
            r.rating ? [{ taskId: r.taskId, rating: r.rating, note: r.note.trim() || null }] : [],
          ),
        },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('plans.reviews.saved') });
          props.onDone();
        },
        onError: (error) => applyFieldErrors(error, form.setError, fields),
      },
    ),
  );
  const ratingData = reviewRatingSchema.options.map((r) => ({
    value: r,
    label: t(`plans.reviews.ratings.${r}`),
  }));
  return (
    <Paper withBorder p="md">
      <form
        noValidate
        onSubmit={(event) => void submit(event)}
        aria-label={t('plans.reviews.record')}
      >
        <Stack>
          <Title order={3} size="h4">
            {t('plans.reviews.record')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Controller
              control={form.control}
              name="period"
              render={({ field }) => (
                <Select
                  label={t('plans.reviews.period')}
                  required
                  allowDeselect={false}
                  data={props.plan.reviewPeriods.map((p) => ({
                    value: p,
                    label: t(`plans.periods.${p}`),
                  }))}
                  value={field.value}
                  onChange={field.onChange}
                  error={errors.period?.message}
                />
              )}
            />
            <Controller
              control={form.control}
              name="heldOn"
              render={({ field }) => (
                <DateField
                  label={t('plans.reviews.heldOn')}
                  required
                  minDate={yearStart}
                  maxDate={today}
                  value={field.value}
                  onChange={(v) => field.onChange(v ?? '')}
                  error={errors.heldOn?.message}
                />
              )}
            />
          </SimpleGrid>
          <Controller
            control={form.control}
            name="presentOrganisationIds"
            render={({ field }) => (
              <MultiSelect
                label={t('plans.reviews.present')}
                required
                searchable
                data={orgs.data ?? []}
                value={field.value}
                onChange={field.onChange}
                error={errors.presentOrganisationIds?.message}
              />
            )}
          />
          {tasks.length > 0 && (
            <Stack gap="xs">
              <Text fw={500} size="sm">
                {t('plans.reviews.assessments')}
              </Text>
              {tasks.map((task, index) => (
                <SimpleGrid key={task.id} cols={{ base: 1, sm: 3 }} spacing="xs">
                  <Text size="sm" id={`review-task-${task.id}`}>
                    {task.code} {task.title}
                  </Text>
                  <Controller
                    control={form.control}
                    name={`ratings.${index}.rating`}
                    render={({ field }) => (
                      <Select
                        aria-label={t('plans.reviews.ratingFor', { code: task.code })}
                        placeholder={t('plans.reviews.notRated')}
                        clearable
                        data={ratingData}
                        value={field.value ?? null}
                        onChange={field.onChange}
                      />
                    )}
                  />
                  <TextInput
                    aria-label={t('plans.reviews.noteFor', { code: task.code })}
                    placeholder={t('plans.reviews.note')}
                    {...form.register(`ratings.${index}.note`)}
                  />
                </SimpleGrid>
              ))}
            </Stack>
          )}
          <Textarea
            label={t('plans.reviews.conclusions')}
            required
            autosize
            minRows={3}
            error={errors.conclusions?.message}
            {...form.register('conclusions')}
          />
          <Stack gap="xs">
            <Text fw={500} size="sm">
              {t('plans.reviews.followUps')}
            </Text>
            {followUps.fields.map((row, index) => (
              <Group key={row.id} align="flex-end" gap="xs" wrap="wrap">
                <TextInput
                  label={t('plans.reviews.followUpTitle')}
                  required
                  style={{ flex: '2 1 200px' }}
                  error={errors.followUps?.[index]?.title?.message}
                  {...form.register(`followUps.${index}.title`)}
                />
                <Controller
                  control={form.control}
                  name={`followUps.${index}.leadOrganisationId`}
                  render={({ field }) => (
                    <Select
                      label={t('plans.item.lead')}
                      required
                      searchable
                      style={{ flex: '1 1 160px' }}
                      data={orgs.data ?? []}
                      value={field.value || null}
                      onChange={(v) => field.onChange(v ?? '')}
                      error={errors.followUps?.[index]?.leadOrganisationId?.message}
                    />
                  )}
                />
                <Controller
                  control={form.control}
                  name={`followUps.${index}.dueDate`}
                  render={({ field }) => (
                    <DateField
                      label={t('plans.item.dueDate')}
                      required
                      style={{ flex: '1 1 140px' }}
                      value={field.value || null}
                      onChange={(v) => field.onChange(v ?? '')}
                      error={errors.followUps?.[index]?.dueDate?.message}
                    />
                  )}
                />
                <ActionIcon
                  variant="light"
                  color="red"
                  size="lg"
                  aria-label={t('plans.reviews.removeFollowUp')}
                  onClick={() => followUps.remove(index)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="default"
              size="xs"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => followUps.append({ title: '', leadOrganisationId: '', dueDate: '' })}
            >
              {t('plans.reviews.addFollowUp')}
            </Button>
          </Stack>
          <FormActions onCancel={props.onDone} saving={create.isPending} />
        </Stack>
      </form>
    </Paper>
  );
}
