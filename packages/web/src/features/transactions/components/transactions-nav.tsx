import { Badge, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { navLink } from '../../../components/nav-link.ts';
import { useOpenNewHitsCount } from '../../screening/api/screening.ts';

/**
 * The tool menu's entries of this feature: Transactions for every tool user, and for officers the hits
 * raised by re-screening after a list update (B1), with the number still to examine.
 */
export function TransactionsNavLinks({ isOfficer }: { isOfficer: boolean }) {
  const { t } = useTranslation('transactions');
  return (
    <>
      <Button component={Link} to="/transactions" {...navLink} data-testid="nav-transactions">
        {t('nav.transactions')}
      </Button>
      {isOfficer && <NewHitsLink />}
    </>
  );
}

function NewHitsLink() {
  const { t } = useTranslation('screening');
  const open = useOpenNewHitsCount(true);
  return (
    <Button
      component={Link}
      to="/screening/new-hits"
      {...navLink}
      data-testid="nav-new-hits"
      rightSection={
        open > 0 ? (
          <Badge color="orange" size="sm" circle data-testid="nav-new-hits-count">
            {open}
          </Badge>
        ) : undefined
      }
    >
      {t('screening:nav.newHits')}
    </Button>
  );
}
