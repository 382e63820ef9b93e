import {
  ActionIcon,
  Anchor,
  Loader,
  Modal,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearch } from '../api/search';

function Results(props: { q: string; onOpen: (link: string) => void }) {
  const { t } = useTranslation();
  const search = useSearch(props.q);
  if (props.q.length < 2) return <Text size="sm">{t('search.hint')}</Text>;
  if (search.isPending) return <Loader size="sm" aria-label={t('search.searching')} />;
  if (search.isError) return <Text size="sm">{t('search.failed')}</Text>;
  const groups = search.data.groups.filter((group) => group.items.length > 0);
  if (groups.length === 0) return <Text size="sm">{t('search.none', { q: props.q })}</Text>;
  return (
    <Stack gap="md" data-testid="search-results">
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`search-${group.kind}`}>
          <Title order={3} size="h5" id={`search-${group.kind}`} mb={4}>
            {t(`search.kinds.${group.kind}`)}
          </Title>
          <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {group.items.map((hit) => (
              <li key={hit.id}>
                <Anchor
                  href={hit.link}
                  size="sm"
                  onClick={(event) => {
                    event.preventDefault();
                    props.onOpen(hit.link);
                  }}
                >
                  {hit.title}
                </Anchor>
                {hit.context && (
                  <Text size="xs" c="dimmed">
                    {hit.context}
                  </Text>
                )}
              </li>
            ))}
          </Stack>
          {group.more && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('search.more')}
            </Text>
          )}
        </section>
      ))}
    </Stack>
  );
}

/** The header's search across letters, tasks, supervisions, recommendations and petitions. */
export function HeaderSearch(props: { onNavigate: (link: string) => void }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const label = t('search.open');
  return (
    <>
      <Tooltip label={label}>
        <ActionIcon variant="subtle" size="lg" aria-label={label} onClick={open}>
          <IconSearch size={20} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Modal opened={opened} onClose={close} title={t('search.title')} size="lg">
        <Stack gap="md">
          <TextInput
            label={t('search.label')}
            description={t('search.description')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            maxLength={100}
            data-autofocus
          />
          <Results
            q={q}
            onOpen={(link) => {
              close();
              props.onNavigate(link);
            }}
          />
        </Stack>
      </Modal>
    </>
  );
}
