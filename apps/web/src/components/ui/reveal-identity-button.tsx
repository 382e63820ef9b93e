import { Button, Text } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';

/**
 * "Xem danh tính" beside a masked denouncer, for those who may reveal them, and why a reveal
 * failed. The server writes each reveal to the audit log.
 */
export function RevealIdentityButton(props: {
  label: string;
  loading: boolean;
  error: Error | null;
  onReveal: () => void;
}) {
  return (
    <>
      <Button
        size="compact-xs"
        variant="subtle"
        color="red"
        leftSection={<IconEye size={14} aria-hidden />}
        loading={props.loading}
        onClick={props.onReveal}
      >
        {props.label}
      </Button>
      {props.error && (
        <Text size="xs" c="red" role="alert">
          {props.error.message}
        </Text>
      )}
    </>
  );
}
