import { Badge } from '@mantine/core';
import type { decisionStatuses } from '@vigilo/domain/contracts/risk.ts';
import { useTranslation } from 'react-i18next';

const colors: Record<(typeof decisionStatuses)[number], string> = {
  draft: 'gray',
  computed: 'blue',
  accepted: 'green',
  refused: 'red',
  'awaiting-officer': 'orange',
  'awaiting-ctif': 'grape',
  'ctif-answered': 'violet',
  'suspicion-declared': 'red',
  'reported-personally': 'grape',
};

/** Where a risk profile or transaction stands in the decision workflow (M6). */
export function DecisionStatusBadge({ status }: { status: (typeof decisionStatuses)[number] }) {
  const { t } = useTranslation('declarations');
  return (
    <Badge color={colors[status]} variant="light" data-testid="decision-status">
      {t(`status.${status}`)}
    </Badge>
  );
}
