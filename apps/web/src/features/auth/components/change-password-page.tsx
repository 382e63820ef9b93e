import { Alert, Paper } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { ChangePasswordForm } from './change-password-form';

export function ChangePasswordPage(props: {
  forced: boolean;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('changePassword.title')} />
      {props.forced && (
        <Alert color="yellow" icon={<IconInfoCircle />} mb="md" role="status">
          {t('changePassword.forced')}
        </Alert>
      )}
      <Paper withBorder p="lg" radius="md" maw={480}>
        <ChangePasswordForm
          onDone={props.onDone}
          onCancel={props.forced ? undefined : props.onCancel}
        />
      </Paper>
    </>
  );
}
