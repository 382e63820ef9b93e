import { Stack, Text } from '@mantine/core';
import type { LinkedCount, LinkedRate } from '@phoihop/shared/links';
import { rateBaseText } from '@phoihop/shared/percent';
import { useTranslation } from 'react-i18next';
import { ListLinkAnchor } from '../../../components/ui/list-link-anchor';
import { useFormat } from './use-format';

/**
 * One figure: the number, linked to the list it was counted from, over its label. The link's
 * name says both ("Đơn thư quá hạn: 3"), so a screen reader tabbing through hears what it counts.
 * A rate shows its base under it ("41/43 đơn đã xử lý") and links to the list of its whole.
 */
export function FigureTile(props: {
  label: string;
  count: LinkedCount | LinkedRate;
  /** Red when above zero: something late. */
  alert?: boolean;
  testId?: string;
}) {
  const format = useFormat();
  const { i18n } = useTranslation();
  const rate = 'base' in props.count ? props.count : null;
  const text = rate ? format.percent(rate.value) : format.count(props.count.value);
  const base = rate ? rateBaseText(rate, i18n.language === 'en' ? 'en' : 'vi') : null;
  const name = base ? `${props.label}: ${text} (${base})` : `${props.label}: ${text}`;
  const color = !rate && props.alert && (props.count.value ?? 0) > 0 ? 'red' : undefined;
  return (
    <Stack gap={0} data-testid={props.testId}>
      {props.count.link ? (
        <ListLinkAnchor
          link={props.count.link}
          figure
          fw={700}
          fz="xl"
          {...(color ? { c: color } : {})}
          aria-label={name}
          w="fit-content"
        >
          {text}
        </ListLinkAnchor>
      ) : (
        <Text fw={700} fz="xl" c={color}>
          {text}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        {props.label}
      </Text>
      {base && (
        <Text size="xs" c="dimmed" data-testid="rate-base">
          {base}
        </Text>
      )}
    </Stack>
  );
}
