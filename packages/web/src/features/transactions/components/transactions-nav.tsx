import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * The tool menu's entries of this feature: Transactions for every tool user, and for officers the hits
 * raised by re-screening after a list update (B1).
 */
export function TransactionsNavLinks({ isOfficer }: { isOfficer: boolean }) {
  const { t } = useTranslation('transactions');
  return (
    <>
      <Button component={Link} to="/transactions" variant="subtle" data-testid="nav-transactions">
        {t('nav.transactions')}
      </Button>
      {isOfficer && (
        <Button component={Link} to="/screening/new-hits" variant="subtle" data-testid="nav-new-hits">
          {t('screening:nav.newHits')}
        </Button>
      )}
    </>
  );
}
