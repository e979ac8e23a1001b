import { Badge, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAmlStatus } from '../../aml/api/aml-status.ts';
import { NotificationsBell } from '../../notifications/components/notifications-bell.tsx';
import { useActiveMembership } from '../../organisations/api/my-organisations.ts';
import { TransactionsNavLinks } from '../../transactions/components/transactions-nav.tsx';
import { useAwaitingOfficerCount } from '../api/declarations.ts';

/**
 * The AML tool's menu in the header, for members with tool access: Contacts, Declarations (with the
 * number of cases awaiting the officer), Policy for officers, and the notifications bell.
 */
export function ToolNav() {
  const { membership } = useActiveMembership();
  const status = useAmlStatus(membership?.status === 'active');
  const role = status.data?.isAllowed ? status.data.myToolRole : 'none';
  if (role === 'none') return null;
  return <ToolLinks isOfficer={role === 'officer'} />;
}

function ToolLinks({ isOfficer }: { isOfficer: boolean }) {
  const { t } = useTranslation('declarations');
  const awaiting = useAwaitingOfficerCount(isOfficer);
  return (
    <Group gap={4} wrap="nowrap">
      <Button component={Link} to="/contacts" variant="subtle" data-testid="nav-contacts">
        {t('contacts:nav.contacts')}
      </Button>
      <TransactionsNavLinks isOfficer={isOfficer} />
      <Button
        component={Link}
        to="/declarations"
        variant="subtle"
        data-testid="nav-declarations"
        rightSection={
          isOfficer && awaiting > 0 ? (
            <Badge color="orange" size="sm" circle data-testid="nav-declarations-count">
              {awaiting}
            </Badge>
          ) : undefined
        }
      >
        {t('nav.declarations')}
      </Button>
      {isOfficer && (
        <Button component={Link} to="/policy" variant="subtle" data-testid="nav-policy">
          {t('policy:nav.policy')}
        </Button>
      )}
      {isOfficer && (
        <Button component={Link} to="/officer" variant="subtle" data-testid="nav-officer">
          {t('goaml:nav.officer')}
        </Button>
      )}
      <NotificationsBell />
    </Group>
  );
}
