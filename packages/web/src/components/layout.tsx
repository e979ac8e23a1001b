import { Anchor, AppShell, Burger, Group, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useSession } from '../features/accounts/api/session.ts';
import { ToolNav, useToolRole } from '../features/declarations/components/tool-nav.tsx';
import { NotificationsBell } from '../features/notifications/components/notifications-bell.tsx';
import { useAutoSelectOrganisation } from '../features/organisations/components/auto-select-organisation.ts';
import { LanguageSwitcher } from './language-switcher.tsx';
import { UserMenu } from './user-menu.tsx';

/**
 * The frame of every page. The tool's menu lives in a side bar (a drawer behind the burger on narrow
 * screens) so the header holds only the name, the bell, the language and the user: it never overflows,
 * whatever the language or the width (the page tour checks 390 px to 1920 px).
 */
export function Layout() {
  const { t } = useTranslation();
  const session = useSession();
  const user = session.data?.user;
  const role = useToolRole(Boolean(user));
  const hasNav = Boolean(user) && role !== 'none';
  const [opened, { toggle, close }] = useDisclosure(false);
  useAutoSelectOrganisation();
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'md', collapsed: { mobile: !opened, desktop: !hasNav } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group wrap="nowrap" gap="sm" miw={0}>
            {hasNav && (
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="md"
                size="sm"
                aria-label={t('nav.menu')}
                data-testid="nav-burger"
              />
            )}
            <Anchor component={Link} to="/" underline="never" c="inherit">
              <Title order={3}>{t('appName')}</Title>
            </Anchor>
            <Text size="sm" c="dimmed" visibleFrom="lg" data-testid="tagline">
              {t('tagline')}
            </Text>
          </Group>
          <Group wrap="nowrap" gap="xs">
            {hasNav && <NotificationsBell />}
            <LanguageSwitcher />
            {user && <UserMenu user={user} />}
          </Group>
        </Group>
      </AppShell.Header>
      {hasNav && (
        // Following a link in the drawer closes it.
        <AppShell.Navbar p="xs" onClick={close}>
          <ToolNav isOfficer={role === 'officer'} />
        </AppShell.Navbar>
      )}
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
