import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

/** Switches between the audit trail and (for the AML officer) the retention page. */
export function RecordsNav({ isOfficer }: { isOfficer: boolean }) {
  const { t } = useTranslation('records');
  const { pathname } = useLocation();
  const item = (to: string, label: string, testId: string) => (
    <Button component={Link} to={to} variant={pathname === to ? 'light' : 'subtle'} data-testid={testId}>
      {label}
    </Button>
  );
  return (
    <Group gap={4}>
      {item('/records/audit', t('nav.audit'), 'records-nav-audit')}
      {isOfficer && item('/records/retention', t('nav.retention'), 'records-nav-retention')}
    </Group>
  );
}
