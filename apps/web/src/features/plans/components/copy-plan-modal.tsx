import { Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Plan } from '@phoihop/shared/plans';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths';
import { useCopyPlan } from '../api/copy-plan';

export function CopyPlanModal(props: { plan: Plan; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [year, setYear] = useState(props.plan.year + 1);
  const copy = useCopyPlan();
  return (
    <Modal opened onClose={props.onClose} title={t('plans.copy.title')}>
      <Stack>
        <Text size="sm">{t('plans.copy.help')}</Text>
        <NumberInput
          label={t('plans.year')}
          required
          min={2000}
          max={2100}
          allowDecimal={false}
          value={year}
          onChange={(v) => setYear(typeof v === 'number' ? v : props.plan.year + 1)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={copy.isPending}
            onClick={() =>
              copy.mutate(
                { id: props.plan.id, year },
                {
                  onSuccess: (plan) => {
                    notifications.show({ color: 'teal', message: t('common.created') });
                    props.onClose();
                    void navigate({ to: paths.plan, params: { planId: plan.id } });
                  },
                },
              )
            }
          >
            {t('plans.copy.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
