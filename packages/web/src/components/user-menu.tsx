import { Avatar, Badge, Button, Indicator, Menu, Text } from '@mantine/core';
import type { TMe } from '@vigilo/domain/contracts/accounts.ts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLogout, useSession } from '../features/accounts/api/session.ts';
import { AdminListsMenuItem } from '../features/admin-lists/components/admin-lists-menu-item.tsx';
import { GoAmlProfilesMenuItem } from '../features/goaml/components/goaml-profiles-menu-item.tsx';
import {
  pendingMembersCount,
  useMyOrganisations,
  useSetActiveOrganisation,
} from '../features/organisations/api/my-organisations.ts';

/**
 * "Name — Organisation" at the top right, as in the existing service: the menu leads to my profile, my
 * organisations (with the orange count of members to confirm), the switch of active organisation and the
 * tools.
 */
export function UserMenu({ user }: { user: TMe }) {
  const { t } = useTranslation('organisations');
  const session = useSession();
  const mine = useMyOrganisations();
  const setActive = useSetActiveOrganisation();
  const logout = useLogout();
  const navigate = useNavigate();
  const activeId = session.data?.activeOrganisationId ?? null;
  const memberships = mine.data?.memberships ?? [];
  const active = memberships.find((m) => m.organisation.id === activeId);
  const switchable = memberships.filter((m) => m.status === 'active');
  const pending = pendingMembersCount(mine.data);
  return (
    <Menu position="bottom-end" width={300}>
      <Menu.Target>
        <Indicator color="orange" disabled={pending === 0} size={10} offset={4}>
          <Button
            variant="subtle"
            px="xs"
            data-testid="user-menu"
            aria-label={`${user.firstName} ${user.lastName}`}
            leftSection={
              <Avatar size="sm" color="blue" hiddenFrom="sm">
                {user.firstName.charAt(0)}
                {user.lastName.charAt(0)}
              </Avatar>
            }
          >
            <Text span inherit visibleFrom="sm" translate="no">
              {user.firstName} {user.lastName}
            </Text>
            {active && (
              <Text span inherit c="dimmed" ml={6} visibleFrom="lg" data-testid="header-organisation">
                — {active.organisation.name}
              </Text>
            )}
          </Button>
        </Indicator>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to="/profile">
          {t('common:nav.profile')}
        </Menu.Item>
        <Menu.Item
          component={Link}
          to="/organisations"
          data-testid="menu-my-organisations"
          rightSection={
            pending > 0 ? (
              <Badge color="orange" size="sm" circle data-testid="menu-pending-badge">
                {pending}
              </Badge>
            ) : undefined
          }
        >
          {t('menu.myOrganisations')}
        </Menu.Item>
        {switchable.length > 1 && (
          <>
            <Menu.Divider />
            <Menu.Label>{t('menu.switchTo')}</Menu.Label>
            {switchable.map((m) => (
              <Menu.Item
                key={m.membershipId}
                disabled={m.organisation.id === activeId}
                onClick={() => setActive.mutate(m.organisation.id)}
                rightSection={m.organisation.id === activeId ? <Text size="xs">✓</Text> : undefined}
              >
                {m.organisation.name}
              </Menu.Item>
            ))}
          </>
        )}
        {active && (
          <>
            <Menu.Divider />
            <Menu.Item component={Link} to="/organisation" data-testid="menu-organisation">
              {t('menu.organisation')}
            </Menu.Item>
            <Menu.Item component={Link} to="/wallet" data-testid="menu-wallet">
              {t('wallet:menu.wallet')}
            </Menu.Item>
            {(active.isManager || active.toolRole === 'officer') && (
              <Menu.Item component={Link} to="/records/audit" data-testid="menu-records">
                {t('records:menu.records')}
              </Menu.Item>
            )}
            <Menu.Item component={Link} to="/aml" data-testid="menu-aml">
              {t('menu.amlTool')}
            </Menu.Item>
          </>
        )}
        {user.isPlatformAdmin && (
          <Menu.Item component={Link} to="/admin" data-testid="menu-admin">
            {t('menu.administration')}
          </Menu.Item>
        )}
        {user.isPlatformAdmin && (
          <Menu.Item component={Link} to="/admin/wallet" data-testid="menu-admin-wallet">
            {t('wallet:menu.walletAdmin')}
          </Menu.Item>
        )}
        {user.isPlatformAdmin && <AdminListsMenuItem />}
        {user.isPlatformAdmin && <GoAmlProfilesMenuItem />}
        <Menu.Divider />
        <Menu.Item
          data-testid="logout"
          onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login') })}
        >
          {t('common:nav.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
