import { Alert, Paper, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryFallback } from '../../../components/ui/query-state';
import { useSecondFactorStatus } from '../api/second-factor';
import { SecondFactorEnrolment } from './second-factor-enrolment';
import { SecondFactorSettings } from './second-factor-settings';

/** "Bảo mật tài khoản": enrol, or see the status, renew the recovery codes, turn off if optional. */
export function SecurityPage(props: { onEnrolled: () => void }) {
  const { t } = useTranslation();
  const status = useSecondFactorStatus();
  const s = status.data;
  return (
    <>
      <PageHeader title={t('secondFactor.title')} />
      {!s ? (
        <QueryFallback query={status} />
      ) : (
        <Paper withBorder p="lg" radius="md" maw={640}>
          <Stack>
            <Alert
              color={s.required && !s.enrolled ? 'yellow' : 'blue'}
              icon={<IconInfoCircle />}
              role="status"
            >
              {s.required ? t('secondFactor.required') : t('secondFactor.optional')}
            </Alert>
            {s.enrolled ? (
              <SecondFactorSettings status={s} />
            ) : (
              <>
                <Text fw={500}>{t('secondFactor.disabled')}</Text>
                <SecondFactorEnrolment onDone={props.onEnrolled} />
              </>
            )}
          </Stack>
        </Paper>
      )}
    </>
  );
}
