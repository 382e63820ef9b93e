import { Button, Group, Text } from '@mantine/core';
import type { CaseAction } from '@phoihop/shared/case-clocks';
import { useTranslation } from 'react-i18next';
import { Section } from './section';

const cautious = new Set<CaseAction>(['decline', 'withdraw', 'mark-duplicate', 'file']);
/** The steps that move the case toward its decision. */
const forward = new Set<CaseAction>([
  'classify',
  'accept',
  'start-verification',
  'hold-dialogue',
  'decide',
  'publish',
  'close',
]);

const variantOf = (action: CaseAction) =>
  cautious.has(action)
    ? { variant: 'outline', color: 'red' }
    : forward.has(action)
      ? { variant: 'filled' }
      : { variant: 'default' };

/** The steps the law and the user's role allow now (the API's availableActions), nothing else. */
export function CaseActions(props: {
  actions: CaseAction[];
  onChoose: (action: CaseAction) => void;
}) {
  const { t } = useTranslation();
  return (
    <Section id="case-actions" title={t('cases.detail.actions')}>
      {props.actions.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('cases.detail.noActions')}
        </Text>
      ) : (
        <Group gap="xs">
          {props.actions.map((action) => (
            <Button
              key={action}
              size="sm"
              {...variantOf(action)}
              onClick={() => props.onChoose(action)}
            >
              {t(`cases.actions.${action}`)}
            </Button>
          ))}
        </Group>
      )}
    </Section>
  );
}
