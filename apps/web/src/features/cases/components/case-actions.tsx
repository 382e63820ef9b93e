import { Button, Group, Menu, Text } from '@mantine/core';
import type { CaseAction } from '@phoihop/shared/case-clocks';
import type { Case } from '@phoihop/shared/cases';
import { IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { splitActions } from '../next-steps';
import { Section } from './section';

const cautious = new Set<CaseAction>(['decline', 'withdraw', 'mark-duplicate', 'file']);

const variantOf = (action: CaseAction) =>
  cautious.has(action) ? { variant: 'outline', color: 'red' } : { variant: 'filled' };

/**
 * The steps the law and the user's role allow now (the API's availableActions): the ones the law
 * puts next as buttons, the others in a menu so the next step is not lost among eleven.
 */
export function CaseActions(props: {
  kase: Pick<Case, 'status' | 'kind' | 'pausedSince' | 'availableActions'>;
  onChoose: (action: CaseAction) => void;
}) {
  const { t } = useTranslation();
  const { next, other } = splitActions(props.kase);
  return (
    <Section id="case-actions" title={t('cases.detail.actions')}>
      {next.length === 0 && other.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('cases.detail.noActions')}
        </Text>
      ) : (
        <Group gap="xs">
          {next.map((action) => (
            <Button
              key={action}
              size="sm"
              {...variantOf(action)}
              onClick={() => props.onChoose(action)}
            >
              {t(`cases.actions.${action}`)}
            </Button>
          ))}
          {other.length > 0 && (
            <Menu position="bottom-start" withinPortal>
              <Menu.Target>
                <Button
                  size="sm"
                  variant="default"
                  rightSection={<IconChevronDown size={16} aria-hidden />}
                >
                  {t('cases.detail.otherActions')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {other.map((action) => (
                  <Menu.Item key={action} onClick={() => props.onChoose(action)}>
                    {t(`cases.actions.${action}`)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      )}
    </Section>
  );
}
