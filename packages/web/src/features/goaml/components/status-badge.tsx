import { Badge } from '@mantine/core';
import type { TGoAmlReportSummary } from '@vigilo/domain/contracts/goaml.ts';
import { useTranslation } from 'react-i18next';

const colors = { draft: 'gray', downloaded: 'blue', submitted: 'orange', answered: 'green' } as const;

/** Where a goAML report stands in its lifecycle (draft → downloaded → submitted → answered). */
export function StatusBadge({ state }: { state: TGoAmlReportSummary['state'] }) {
  const { t } = useTranslation('goaml');
  return (
    <Badge color={colors[state.status]} data-testid="goaml-status">
      {t(`status.${state.status}`)}
    </Badge>
  );
}
