import { Anchor, Button, Group, Image, Modal, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconDownload, IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildUrl } from '../../lib/api-client';

export interface AttachmentFile {
  id: string;
  fileName: string;
  mimeType: string;
}

const previewable = ['application/pdf', 'image/jpeg', 'image/png'];
export const canPreview = (file: AttachmentFile) => previewable.includes(file.mimeType);

const downloadUrl = (id: string) => buildUrl(`/attachments/${id}`);
const previewUrl = (id: string) => buildUrl(`/attachments/${id}/preview`);

function PreviewModal(props: { file: AttachmentFile; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  const { file } = props;
  const src = previewUrl(file.id);
  return (
    <Modal opened onClose={props.onClose} title={file.fileName} size="xl" fullScreen={phone}>
      <Stack gap="sm">
        {file.mimeType === 'application/pdf' ? (
          // No sandbox attribute: Chrome refuses to run its PDF viewer in a sandboxed frame. The
          // response is a checked PDF with nosniff and its own CSP sandbox (see the API route).
          <iframe
            src={src}
            title={file.fileName}
            style={{ width: '100%', height: phone ? '75dvh' : '70vh', border: 0 }}
          />
        ) : (
          <Image src={src} alt={file.fileName} fit="contain" mah="70vh" />
        )}
        <Group justify="flex-end">
          <Button
            component="a"
            href={downloadUrl(file.id)}
            download={file.fileName}
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {t('common.download')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** A file's name: PDF and pictures open in the page, other files download. */
export function AttachmentLink(props: { file: AttachmentFile; size?: 'xs' | 'sm' }) {
  const [open, setOpen] = useState(false);
  const { file } = props;
  const label = (
    <Group gap={4} wrap="nowrap" component="span">
      <IconPaperclip size={14} aria-hidden />
      {file.fileName}
    </Group>
  );
  if (!canPreview(file)) {
    return (
      <Anchor href={downloadUrl(file.id)} download={file.fileName} size={props.size ?? 'sm'}>
        {label}
      </Anchor>
    );
  }
  return (
    <>
      <Anchor
        component="button"
        type="button"
        size={props.size ?? 'sm'}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {label}
      </Anchor>
      {open && <PreviewModal file={file} onClose={() => setOpen(false)} />}
    </>
  );
}
