import { ActionIcon, Alert, Box, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { unknownFigureTokens, type ReportFigure } from '@phoihop/shared/reports';
import { IconCheck, IconPencil } from '@tabler/icons-react';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FigureMenu } from './figure-menu';

/**
 * A part of the document the author may rewrite in place: the text as it reads, and for an
 * editor a pencil that turns it into a textarea with the figures' tokens visible, an
 * "insert figure" menu and the part as it will read under it.
 */
export function EditableBlock(props: {
  /** What the part is, for the pencil's and the textarea's names ("đoạn mở đầu"). */
  name: string;
  value: string;
  /** Absent: read only. */
  onChange?: ((value: string) => void) | undefined;
  /** Absent: no figures in this part (titles). */
  figures?: readonly ReportFigure[] | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const pencil = useRef<HTMLButtonElement>(null);
  const { onChange, figures } = props;
  if (!onChange) return <Box>{props.children}</Box>;

  const unknown = figures ? unknownFigureTokens(props.value) : [];
  const finish = () => {
    setEditing(false);
    // Back to where the author was, for the next part.
    requestAnimationFrame(() => pencil.current?.focus());
  };
  const insert = (figure: ReportFigure) => {
    const el = textarea.current;
    const token = `{{${figure.key}}}`;
    const start = el?.selectionStart ?? props.value.length;
    const end = el?.selectionEnd ?? start;
    onChange(props.value.slice(0, start) + token + props.value.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  if (!editing) {
    return (
      <Box
        pos="relative"
        pr={36}
        // At least the pencil's height: an empty part's pencil must not sit on the next one's.
        mih={28}
        style={{ borderRadius: 4, outline: '1px dashed var(--mantine-color-gray-3)' }}
      >
        {props.children}
        <ActionIcon
          ref={pencil}
          variant="subtle"
          pos="absolute"
          top={0}
          right={0}
          aria-label={t('reports.editor.editBlock', { name: props.name })}
          onClick={() => setEditing(true)}
        >
          <IconPencil size={18} aria-hidden />
        </ActionIcon>
      </Box>
    );
  }
  return (
    <Stack
      gap="xs"
      p="xs"
      bg="var(--mantine-color-gray-0)"
      style={{
        borderRadius: 4,
        fontFamily: 'var(--mantine-font-family)',
        fontSize: 'var(--mantine-font-size-sm)',
      }}
    >
      <Textarea
        ref={textarea}
        label={t('reports.editor.editing', { name: props.name })}
        description={figures ? t('reports.editor.textHelp') : t('reports.editor.linesHelp')}
        autosize
        minRows={3}
        maxRows={20}
        autoFocus
        value={props.value}
        onChange={(event) => onChange(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            finish();
          }
        }}
        error={
          unknown.length > 0
            ? t('reports.editor.unknownTokens', {
                keys: unknown.map((key) => `{{${key}}}`).join(', '),
              })
            : undefined
        }
      />
      <Group justify="space-between">
        {figures ? <FigureMenu figures={figures} onPick={insert} /> : <span />}
        <Button size="xs" leftSection={<IconCheck size={16} aria-hidden />} onClick={finish}>
          {t('reports.editor.doneEditing')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('reports.editor.preview')}
      </Text>
      <Alert variant="outline" color="gray" p="xs" style={{ fontFamily: 'inherit' }}>
        <Box style={{ fontFamily: '"Times New Roman", Times, serif', fontSize: 16 }}>
          {props.children}
        </Box>
      </Alert>
    </Stack>
  );
}
