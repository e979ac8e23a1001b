import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Pending confirmation" until a manager confirms, then "Confirmed". */
export function MembershipStatusBadge({ status }: { status: 'pending' | 'active' }) {
  const { t } = useTranslation('organisations');
  return status === 'pending' ? (
    <Badge color="yellow" variant="light" data-testid="status-pending">
      {t('status.pending')}
    </Badge>
  ) : (
    <Badge color="green" variant="light">
      {t('status.active')}
    </Badge>
  );
}
