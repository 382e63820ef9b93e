import { Anchor, AppShell, Burger, Group, ScrollArea, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Me } from '@phoihop/shared/auth';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectionBanner } from './connection-banner';
import { MainNav } from './main-nav';
import { UserMenu } from './user-menu';

/**
 * The authenticated frame. `restricted` (a password change is due) keeps only the header
 * and the account menu, so nothing else is reachable first.
 */
export function AppLayout(props: {
  me: Me;
  restricted: boolean;
  headerActions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { me, restricted } = props;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={
        restricted ? undefined : { width: 270, breakpoint: 'sm', collapsed: { mobile: !opened } }
      }
      padding="md"
    >
      <Anchor href="#main-content" className="skip-link">
        {t('app.skipToContent')}
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            {!restricted && (
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('header.toggleNavigation')}
              />
            )}
            <Title order={2} size="h4" c="blue.9" style={{ whiteSpace: 'nowrap' }}>
              {t('app.name')}
            </Title>
            <Text size="sm" c="dimmed" truncate visibleFrom="xs" data-testid="header-unit">
              {me.unit.name}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {!restricted && props.headerActions}
            <UserMenu me={me} />
          </Group>
        </Group>
      </AppShell.Header>
      {!restricted && (
        <AppShell.Navbar p="sm">
          <AppShell.Section grow component={ScrollArea}>
            <MainNav permissions={me.permissions} onNavigate={close} />
          </AppShell.Section>
        </AppShell.Navbar>
      )}
      <AppShell.Main id="main-content" tabIndex={-1}>
        <ConnectionBanner />
        {props.children}
      </AppShell.Main>
    </AppShell>
  );
}
