import { Anchor, Center, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { TOperatorCockpit } from '@vigilo/domain/contracts/cockpit.ts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../components/format-date.ts';
import { useOperatorCockpit } from '../api/cockpit.ts';
import { ListFreshnessTable } from '../components/list-freshness-table.tsx';
import { figureLinks } from '../figure-links.ts';

/** The platform administrator's operator page: lists, job queue, mail failures, organisations to allow. */
export function OperatorPage() {
  const { t } = useTranslation('cockpit');
  const query = useOperatorCockpit();
  return (
    <Stack maw={1200} mx="auto" gap="lg">
      <Title order={2}>{t('operator.title')}</Title>
      {query.error && <ErrorAlert error={query.error} />}
      {query.isPending && (
        <Center>
          <Loader aria-label={t('common:loading')} />
        </Center>
      )}
      {query.data && <OperatorFigures data={query.data} />}
    </Stack>
  );
}

function OperatorFigures({ data }: { data: TOperatorCockpit }) {
  const { t, i18n } = useTranslation('cockpit');
  const jobCounts = ['waiting', 'retrying', 'running', 'failed'] as const;
  return (
    <>
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t('lists.title')}</Title>
          <Anchor component={Link} to={figureLinks.adminLists} size="sm">
            {t('operator.manageLists')}
          </Anchor>
        </Group>
        <ListFreshnessTable lists={data.lists} />
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="sm">
          {t('operator.jobs.title')}
        </Title>
        <SimpleGrid cols={{ base: 2, md: 4 }} mb="sm">
          {jobCounts.map((key) => (
            <Stack key={key} gap={0}>
              <Text size="sm" c="dimmed">
                {t(`operator.jobs.${key}`)}
              </Text>
              <Text
                fz={28}
                fw={700}
                c={key === 'failed' && data.jobs.failed > 0 ? 'red' : undefined}
                data-testid={`operator-jobs-${key}`}
              >
                {data.jobs[key]}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
        <FailureTable
          testId="operator-job-failures"
          rows={data.jobs.recentFailures.map((j) => ({
            id: j.id,
            what: `${j.kind} (${t('operator.jobs.attempts', { n: j.attempts })})`,
            error: j.lastError,
            at: formatDateTime(j.at, i18n.language),
          }))}
        />
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="sm">
          {t('operator.mail.title')}
        </Title>
        <Text mb="sm">
          {t('operator.mail.counts', { failed: data.mail.failed, pending: data.mail.pending })}
        </Text>
        <FailureTable
          testId="operator-mail-failures"
          rows={data.mail.recentFailures.map((m) => ({
            id: m.id,
            what: `${m.toAddress} · ${m.template}`,
            error: m.lastError,
            at: formatDateTime(m.createdAt, i18n.language),
          }))}
        />
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t('operator.awaiting.title')}</Title>
          <Anchor component={Link} to={figureLinks.allowList} size="sm">
            {t('operator.awaiting.manage')}
          </Anchor>
        </Group>
        {data.organisationsAwaitingAllowListing.length === 0 ? (
          <Text c="dimmed">{t('operator.awaiting.none')}</Text>
        ) : (
          <Table data-testid="operator-awaiting">
            <Table.Tbody>
              {data.organisationsAwaitingAllowListing.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>{o.name}</Table.Td>
                  <Table.Td>{o.enterpriseNumber}</Table.Td>
                  <Table.Td>{formatDateTime(o.createdAt, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </>
  );
}

type TFailureRow = { id: string; what: string; error: string | null; at: string };

/** Error texts are technical on purpose: this page is for the operator, who reads the logs too. */
function FailureTable({ rows, testId }: { rows: TFailureRow[]; testId: string }) {
  const { t } = useTranslation('cockpit');
  if (rows.length === 0) return <Text c="dimmed">{t('operator.noFailures')}</Text>;
  return (
    <Table data-testid={testId}>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>{r.at}</Table.Td>
            <Table.Td>{r.what}</Table.Td>
            <Table.Td>
              <Text size="xs" ff="monospace">
                {r.error ?? ''}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
