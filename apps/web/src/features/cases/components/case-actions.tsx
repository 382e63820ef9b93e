import { Button, Group, Text } from '@mantine/core';
import { actionTarget, type CaseAction } from '@phoihop/shared/case-clocks';
import { useTranslation } from 'react-i18next';
import { Section } from './section';

const cautious = new Set<CaseAction>(['decline', 'withdraw', 'mark-duplicate', 'file']);

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
              variant={cautious.has(action) ? 'light' : actionTarget[action] ? 'filled' : 'default'}
              color={cautious.has(action) ? 'red' : undefined}
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
