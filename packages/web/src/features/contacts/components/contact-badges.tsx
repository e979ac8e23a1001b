import { Badge } from '@mantine/core';
import type { contactStatuses } from '@vigilo/domain/contracts/contacts.ts';
import { useTranslation } from 'react-i18next';

const statusColors: Record<(typeof contactStatuses)[number], string> = {
  draft: 'gray',
  screened: 'blue',
  accepted: 'green',
  refused: 'red',
  blocked: 'orange',
};

export function ContactStatusBadge({ status }: { status: (typeof contactStatuses)[number] }) {
  const { t } = useTranslation('contacts');
  return (
    <Badge color={statusColors[status]} variant="light" data-testid="contact-status">
      {t(`options.status.${status}`)}
    </Badge>
  );
}

/** The vigilance level; none until a risk profile is computed. */
export function VigilanceBadge({ level }: { level: 'normal' | 'heightened' | null }) {
  const { t } = useTranslation('risk');
  if (!level) return null;
  return (
    <Badge color={level === 'heightened' ? 'red' : 'teal'} variant="filled" data-testid="vigilance-level">
      {t(`risk.level.${level}`)}
    </Badge>
  );
}
