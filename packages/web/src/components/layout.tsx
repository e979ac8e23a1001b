import { Anchor, AppShell, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useSession } from '../features/accounts/api/session.ts';
import { ToolNav } from '../features/declarations/components/tool-nav.tsx';
import { useAutoSelectOrganisation } from '../features/organisations/components/auto-select-organisation.ts';
import { LanguageSwitcher } from './language-switcher.tsx';
import { UserMenu } from './user-menu.tsx';

export function Layout() {
  const { t } = useTranslation();
  const session = useSession();
  const user = session.data?.user;
  useAutoSelectOrganisation();
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Anchor component={Link} to="/" underline="never" c="inherit">
              <Title order={3}>{t('appName')}</Title>
            </Anchor>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t('tagline')}
            </Text>
          </Group>
          <Group wrap="nowrap">
            {user && <ToolNav />}
            <LanguageSwitcher />
            {user && <UserMenu user={user} />}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
