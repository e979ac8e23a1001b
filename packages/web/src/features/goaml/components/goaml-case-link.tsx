import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useCaseGoAmlReports, usePrepareGoAmlReport } from '../api/goaml.ts';
import { StatusBadge } from './status-badge.tsx';

type TProps = { subjectType: 'risk_profile' | 'transaction'; subjectId: string; status: string };

/**
 * On a case reported to CTIF-CFI, the officer's way to its goAML report(s) — or to prepare one for a case
 * reported before goAML reports existed. Rendered for officers only (the API refuses anyone else).
 */
export function GoAmlCaseLink({ subjectType, subjectId, status }: TProps) {
  const { t } = useTranslation('goaml');
  const navigate = useNavigate();
  const reported = status === 'awaiting-ctif' || status === 'ctif-answered';
  const reports = useCaseGoAmlReports(subjectId);
  const prepare = usePrepareGoAmlReport();
  const items = reports.data?.items ?? [];
  if (!reported && items.length === 0) return null;
  return (
    <Alert color="grape" title={t('caseLink.title')} data-testid="goaml-case-link">
      <Text size="sm" mb="xs">
        {t('caseLink.text')}
      </Text>
      <ErrorAlert error={prepare.error} />
      {items.map((r) => (
        <Group key={r.id} gap="xs" mb={4}>
          <StatusBadge state={r.state} />
          <Button component={Link} to={`/goaml/reports/${r.id}`} size="xs" variant="light">
            {t('caseLink.open')}
          </Button>
        </Group>
      ))}
      {items.length === 0 && reports.isSuccess && (
        <Button
          size="xs"
          onClick={() =>
            prepare.mutate(
              { subjectType, subjectId },
              { onSuccess: (r) => navigate(`/goaml/reports/${r.id}`) },
            )
          }
          loading={prepare.isPending}
        >
          {t('caseLink.prepare')}
        </Button>
      )}
    </Alert>
  );
}
