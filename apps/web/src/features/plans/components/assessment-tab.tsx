import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Plan } from '@phoihop/shared/plans';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useCurrentMe } from '../../../lib/auth';
import { useUpdateAssessment } from '../api/update-assessment';

const keys = ['strengths', 'limitations', 'causes', 'solutions'] as const;

/** The year-end assessment; saved with the plan's version (If-Match). */
export function AssessmentTab({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const canManage = hasPermission(useCurrentMe(), 'plan:manage') && plan.status !== 'CLOSED';
  const [values, setValues] = useState(() =>
    Object.fromEntries(keys.map((k) => [k, plan.assessment[k] ?? ''])),
  );
  const save = useUpdateAssessment();
  if (!canManage)
    return (
      <Stack>
        {keys.map((k) => (
          <div key={k}>
            <Title order={3} size="h5">
              {t(`plans.assessment.${k}`)}
            </Title>
            <Text style={{ whiteSpace: 'pre-wrap' }} c={plan.assessment[k] ? undefined : 'dimmed'}>
              {plan.assessment[k] ?? t('plans.assessment.none')}
            </Text>
          </div>
        ))}
      </Stack>
    );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(
          { id: plan.id, version: plan.version, body: values },
          { onSuccess: () => notifications.show({ color: 'teal', message: t('common.saved') }) },
        );
      }}
    >
      <Stack>
        {keys.map((k) => (
          <Textarea
            key={k}
            label={t(`plans.assessment.${k}`)}
            autosize
            minRows={3}
            maxLength={20000}
            value={values[k]}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setValues((prev) => ({ ...prev, [k]: value }));
            }}
          />
        ))}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
