import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { formatDateVi } from '@phoihop/shared/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../components/ui/form-error';
import { isApiError } from '../../../lib/api-client';

/**
 * "Lưu phiên bản": an optional note, then the save. A version saved meanwhile by someone else
 * (409) is said plainly, with the offer to load it.
 */
export function SaveVersionModal(props: {
  nextVersionNo: number;
  asOf: string;
  thenDownload: boolean;
  saving: boolean;
  error: unknown;
  loadingNewest: boolean;
  onSave: (note: string) => void;
  onLoadNewest: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const conflict = isApiError(props.error) && props.error.code === 'VERSION_CONFLICT';
  const title = t('reports.save.title');
  return (
    <Modal opened onClose={props.onClose} title={title}>
      <form
        noValidate
        aria-label={title}
        onSubmit={(event) => {
          event.preventDefault();
          props.onSave(note);
        }}
      >
        <Stack>
          <Text size="sm">
            {t('reports.save.intro', { n: props.nextVersionNo, date: formatDateVi(props.asOf) })}
          </Text>
          <Textarea
            label={t('reports.save.note')}
            description={t('reports.save.noteHelp')}
            autosize
            minRows={2}
            maxLength={500}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          {conflict ? (
            <Alert color="orange" role="alert" title={t('reports.save.conflictTitle')}>
              <Text size="sm">{t('reports.save.conflict')}</Text>
              <Button
                mt="sm"
                size="xs"
                color="orange"
                loading={props.loadingNewest}
                onClick={props.onLoadNewest}
              >
                {t('reports.save.loadNewest')}
              </Button>
            </Alert>
          ) : (
            <FormError error={props.error} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={props.saving} disabled={conflict}>
              {props.thenDownload ? t('reports.save.andDownload') : t('reports.save.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
