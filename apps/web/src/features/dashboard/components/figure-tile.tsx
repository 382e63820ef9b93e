import { Stack, Text } from '@mantine/core';
import type { LinkedCount } from '@phoihop/shared/links';
import { ListLinkAnchor } from '../../../components/ui/list-link-anchor';
import { useFormat } from './use-format';

/**
 * One figure: the number, linked to the list it was counted from, over its label. The link's
 * name says both ("Đơn thư quá hạn: 3"), so a screen reader tabbing through hears what it counts.
 */
export function FigureTile(props: {
  label: string;
  count: LinkedCount;
  percent?: boolean;
  /** Red when above zero: something late. */
  alert?: boolean;
  testId?: string;
}) {
  const format = useFormat();
  const text = props.percent ? format.percent(props.count.value) : format.count(props.count.value);
  const color = props.alert && (props.count.value ?? 0) > 0 ? 'red.8' : undefined;
  return (
    <Stack gap={0} data-testid={props.testId}>
      {props.count.link ? (
        <ListLinkAnchor
          link={props.count.link}
          figure
          fw={700}
          fz="xl"
          {...(color ? { c: color } : {})}
          aria-label={`${props.label}: ${text}`}
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
    </Stack>
  );
}
