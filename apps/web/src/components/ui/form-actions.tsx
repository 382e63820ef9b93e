import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The footer of every form: Cancel, then the submit button showing progress while saving. */
export function FormActions(props: {
  onCancel: () => void;
  saving: boolean;
  submitLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={props.onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={props.saving}>
        {props.submitLabel ?? t('common.save')}
      </Button>
    </Group>
  );
}
