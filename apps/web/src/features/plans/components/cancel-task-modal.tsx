import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { PlanItem } from '@phoihop/shared/plans';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAmendPlan } from '../api/amend-plan';

/** Cancelling a task of an approved plan is an amendment with a reason. */
export function CancelTaskModal(props: { planId: string; item: PlanItem; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const amend = useAmendPlan();
  const submit = () => {
    if (!reason.trim()) {
      setError(t('plans.amend.reasonRequired'));
      return;
    }
    amend.mutate(
      {
        planId: props.planId,
        body: {
          operation: 'CANCEL',
          reason: reason.trim(),
          itemId: props.item.id,
          version: props.item.version,
        },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('common.saved') });
          props.onClose();
        },
      },
    );
  };
  return (
    <Modal opened onClose={props.onClose} title={t('plans.amend.cancelTitle')}>
      <Stack>
        <Text>
          {props.item.code} {props.item.title}
        </Text>
        <Textarea
          label={t('plans.amend.reason')}
          required
          autosize
          minRows={2}
          value={reason}
          error={error}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setError(null);
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={amend.isPending} onClick={submit}>
            {t('plans.amend.cancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
