import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type TProps = { count: number; onClick?: () => void };

/** The orange indication of members waiting for a manager's confirmation; a click leads to them. */
export function PendingMembersBadge({ count, onClick }: TProps) {
  const { t } = useTranslation('organisations');
  if (count === 0) return null;
  return (
    <Badge
      color="orange"
      variant="filled"
      component={onClick ? 'button' : 'span'}
      onClick={onClick}
      style={onClick ? { cursor: 'pointer' } : undefined}
      data-testid="pending-members-badge"
    >
      {t('membership.pendingMembers', { count })}
    </Badge>
  );
}
