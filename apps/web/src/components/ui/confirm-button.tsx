import { Button, Group, Modal, Text, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** A button that asks before doing something the user may regret. */
export function ConfirmButton(
  props: ButtonProps & {
    label: string;
    title: string;
    message: string;
    loading?: boolean;
    onConfirm: () => void;
  },
) {
  const { label, title, message, onConfirm, loading, ...buttonProps } = props;
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button {...buttonProps} onClick={open}>
        {label}
      </Button>
      <Modal opened={opened} onClose={close} title={title} centered>
        <Text mb="lg">{message}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            color={buttonProps.color ?? 'red'}
            loading={loading}
            onClick={() => {
              onConfirm();
              close();
            }}
          >
            {label}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
