import { Badge, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { navLink } from '../../../components/nav-link.ts';
import { useAmlStatus } from '../../aml/api/aml-status.ts';
import { useActiveMembership } from '../../organisations/api/my-organisations.ts';
import { TransactionsNavLinks } from '../../transactions/components/transactions-nav.tsx';
import { useAwaitingOfficerCount } from '../api/declarations.ts';

/** The signed-in member's role in the AML tool of the active organisation ('none' outside it). */
export function useToolRole(isSignedIn: boolean): 'none' | 'collaborator' | 'officer' {
  const { membership } = useActiveMembership();
  const status = useAmlStatus(isSignedIn && membership?.status === 'active');
  return status.data?.isAllowed ? status.data.myToolRole : 'none';
}

/**
 * The AML tool's menu in the side bar, for members with tool access: Contacts, Transactions,
 * Declarations (with the number of cases awaiting the officer), and the officer's pages.
 */
export function ToolNav({ isOfficer }: { isOfficer: boolean }) {
  const { t } = useTranslation('declarations');
  const awaiting = useAwaitingOfficerCount(isOfficer);
  return (
    <Stack gap={4}>
      <Button component={Link} to="/contacts" {...navLink} data-testid="nav-contacts">
        {t('contacts:nav.contacts')}
      </Button>
      <Button component={Link} to="/reviews" {...navLink} data-testid="nav-reviews">
        {t('contacts:nav.reviews')}
      </Button>
      <TransactionsNavLinks isOfficer={isOfficer} />
      <Button
        component={Link}
        to="/declarations"
        {...navLink}
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
        <Button component={Link} to="/policy" {...navLink} data-testid="nav-policy">
          {t('policy:nav.policy')}
        </Button>
      )}
      {isOfficer && (
        <Button component={Link} to="/officer" {...navLink} data-testid="nav-officer">
          {t('goaml:nav.officer')}
        </Button>
      )}
    </Stack>
  );
}
