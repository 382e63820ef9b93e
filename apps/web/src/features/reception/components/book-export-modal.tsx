import { Button, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { exportFormats } from '@phoihop/shared/exports';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecentExportsModal } from '../../exports/components/recent-exports-modal';
import { exportQueryOf } from '../../exports/export-query';
import { useStartExport } from '../../exports/start-export';
import { DateField } from '../../../components/ui/date-field';

/** Chooses a period and exports the reception book for it; the file is built in the background. */
export function BookExportModal(props: {
  initial: { from: string; to: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(props.initial);
  const [showRecent, setShowRecent] = useState(false);
  const { start, isPending } = useStartExport();
  const badPeriod = !period.from || !period.to || period.from > period.to;
  if (showRecent) return <RecentExportsModal onClose={props.onClose} />;
  return (
    <Modal opened onClose={props.onClose} title={t('reception.book.title')}>
      <Stack>
        <Text size="sm">{t('reception.book.intro')}</Text>
        <SimpleGrid cols={2}>
          <DateField
            label={t('reception.book.from')}
            required
            value={period.from || null}
            onChange={(from) => setPeriod({ ...period, from: from ?? '' })}
          />
          <DateField
            label={t('reception.book.to')}
            required
            value={period.to || null}
            onChange={(to) => setPeriod({ ...period, to: to ?? '' })}
            error={
              period.from && period.to && badPeriod ? t('reception.book.badPeriod') : undefined
            }
          />
        </SimpleGrid>
        <Group justify="space-between">
          <Button variant="subtle" onClick={() => setShowRecent(true)}>
            {t('exports.recent')}
          </Button>
          <Group gap="sm">
            {exportFormats.map((format) => (
              <Button
                key={format}
                variant={format === 'xlsx' ? 'filled' : 'default'}
                disabled={badPeriod || isPending}
                onClick={() =>
                  start(
                    { list: 'reception-book', format, query: exportQueryOf(period) },
                    props.onClose,
                  )
                }
              >
                {t(`exports.formats.${format}`)}
              </Button>
            ))}
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
