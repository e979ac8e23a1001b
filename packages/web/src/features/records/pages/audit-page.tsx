import { Center, Group, Loader, Pagination, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useActiveMembership } from '../../organisations/api/my-organisations.ts';
import { RequireActiveOrganisation } from '../../organisations/components/require-active-organisation.tsx';
import { useAuditEvents } from '../api/records.ts';
import { AuditEventsTable } from '../components/audit-events-table.tsx';
import { AuditFilters, type TAuditFilters } from '../components/audit-filters.tsx';
import { OrganisationExport } from '../components/organisation-export.tsx';
import { RecordsNav } from '../components/records-nav.tsx';
import { VerifyChainButton } from '../components/verify-chain-button.tsx';

const pageSize = 50;

/**
 * The audit viewer (M10), for the organisation's managers and AML officers: every recorded action,
 * filtered by subject, user, action and period, each with a link to its subject; the chain check; and,
 * for the officer, the export of a period for the supervisor.
 */
export function AuditPage() {
  return <RequireActiveOrganisation>{() => <AuditView />}</RequireActiveOrganisation>;
}

function AuditView() {
  const { t } = useTranslation('records');
  const { membership } = useActiveMembership();
  const isOfficer = membership?.toolRole === 'officer';
  const [filters, setFilters] = useState<TAuditFilters>({});
  const [page, setPage] = useState(1);
  const events = useAuditEvents({ ...filters, page, pageSize });
  const pages = Math.max(1, Math.ceil((events.data?.total ?? 0) / pageSize));
  return (
    <Stack maw={1300} mx="auto">
      <Group justify="space-between">
        <Title order={2}>{t('audit.title')}</Title>
        <RecordsNav isOfficer={isOfficer} />
      </Group>
      <Text c="dimmed" size="sm">
        {t('audit.intro')}
      </Text>
      <Group align="flex-start" grow preventGrowOverflow={false}>
        <VerifyChainButton />
        {isOfficer && (
          <Paper withBorder p="sm">
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('export.title')}
              </Text>
              <OrganisationExport />
            </Stack>
          </Paper>
        )}
      </Group>
      <AuditFilters
        value={filters}
        onChange={(next) => {
          setFilters(next);
          setPage(1);
        }}
      />
      {events.isPending ? (
        <Center>
          <Loader aria-label={t('common:loading')} />
        </Center>
      ) : events.data ? (
        <>
          <Text size="sm" c="dimmed" data-testid="audit-total">
            {t('audit.total', { count: events.data.total })}
          </Text>
          <AuditEventsTable items={events.data.items} />
          {pages > 1 && <Pagination value={page} onChange={setPage} total={pages} />}
        </>
      ) : (
        <ErrorAlert error={events.error} />
      )}
    </Stack>
  );
}
