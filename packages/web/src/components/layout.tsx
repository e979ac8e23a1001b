import { Anchor, AppShell, Button, Group, Menu, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate } from 'react-router';
import { useLogout, useSession } from '../features/accounts/api/session.ts';
import { LanguageSwitcher } from './language-switcher.tsx';

export function Layout() {
  const { t } = useTranslation();
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const user = session.data?.user;
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group>
            <Anchor component={Link} to="/" underline="never" c="inherit">
              <Title order={3}>{t('appName')}</Title>
            </Anchor>
            <Text size="sm" c="dimmed" visibleFrom="sm">
              {t('tagline')}
            </Text>
          </Group>
          <Group>
            <LanguageSwitcher />
            {user && (
              <Menu position="bottom-end">
                <Menu.Target>
                  <Button variant="subtle" data-testid="user-menu">
                    {user.firstName} {user.lastName}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item component={Link} to="/profile">
                    {t('nav.profile')}
                  </Menu.Item>
                  <Menu.Item
                    data-testid="logout"
                    onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login') })}
                  >
                    {t('nav.logout')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
