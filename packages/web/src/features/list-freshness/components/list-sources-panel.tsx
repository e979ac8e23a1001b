import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDate, formatDateTime } from '../../../components/format-date.ts';
import { useListName } from '../../screening/components/use-list-name.ts';
import {
  type TListSource,
  type TPlatformAlert,
  useCheckListsNow,
  useListSources,
} from '../api/list-freshness.ts';

/**
 * The freshness panel of the platform administrator: for each official source, the publication date of
 * the list in force, the last successful check and the next one, failures and refused files, and the
 * open alerts (failing source, stale list, country risk to review after a FATF plenary).
 */
export function ListSourcesPanel() {
  const { t, i18n } = useTranslation('list-freshness');
  const panel = useListSources();
  const checkNow = useCheckListsNow();
  const data = panel.data;
  return (
    <Paper withBorder p="md" data-testid="list-sources-panel">
      <Stack>
        <Group justify="space-between">
          <Title order={4}>{t('panel.title')}</Title>
          {data?.autoUpdate && (
            <Button
              size="xs"
              variant="light"
              loading={checkNow.isPending}
              onClick={() => checkNow.mutate()}
              data-testid="check-lists-now"
            >
              {t('panel.checkNow')}
            </Button>
          )}
        </Group>
        <ErrorAlert error={panel.error ?? checkNow.error} />
        {checkNow.isSuccess && (
          <Alert color="teal" variant="light">
            {t('panel.checkQueued')}
          </Alert>
        )}
        {data && (
          <Text size="sm" c="dimmed">
            {data.autoUpdate
              ? t('panel.intro', { minutes: data.checkMinutes, days: data.staleDays })
              : t('panel.autoUpdateOff', { days: data.staleDays })}
          </Text>
        )}
        {data?.alerts.map((alert) => (
          <PlatformAlert key={alert.id} alert={alert} />
        ))}
        {data && (
          <Table.ScrollContainer minWidth={900}>
            <Table striped data-testid="list-sources">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('panel.source')}</Table.Th>
                  <Table.Th>{t('panel.publishedOn')}</Table.Th>
                  <Table.Th>{t('panel.lastSuccess')}</Table.Th>
                  <Table.Th>{t('panel.nextCheck')}</Table.Th>
                  <Table.Th>{t('panel.state')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.sources.map((source) => (
                  <SourceRow key={source.id} source={source} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {data?.countryRisk && (
          <Text size="sm" data-testid="country-risk-freshness">
            {t('panel.countryRisk', {
              date: formatDate(data.countryRisk.publishedOn, i18n.language),
              version: data.countryRisk.version,
            })}
            {data.countryRisk.reviewDue && (
              <Badge ml="xs" color="orange" variant="light">
                {t('panel.reviewDue')}
              </Badge>
            )}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function SourceRow({ source }: { source: TListSource }) {
  const { t, i18n } = useTranslation('list-freshness');
  const listName = useListName();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : t('panel.never'));
  return (
    <Table.Tr data-testid={`list-source-${source.id}`}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {listName(source.id)}
        </Text>
        <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
          {source.url || t('panel.noUrl')}
        </Text>
      </Table.Td>
      <Table.Td data-testid="list-source-date">
        {source.listDate ? formatDate(source.listDate, i18n.language) : t('panel.noVersion')}
        {source.stale && (
          <Badge ml="xs" color="orange" variant="light">
            {t('panel.stale')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>{when(source.lastSuccessAt)}</Table.Td>
      <Table.Td>{source.enabled ? when(source.nextCheckAt) : t('panel.off')}</Table.Td>
      <Table.Td>
        <Stack gap={2}>
          <SourceState source={source} />
          {source.lastError && source.failingSince && (
            <Text size="xs" c="red">
              {t('panel.failingSince', { date: formatDateTime(source.failingSince, i18n.language) })}
            </Text>
          )}
          {source.lastRefusal && (
            <Text size="xs" c="orange" data-testid="list-source-refusal">
              {t(`refusal.${source.lastRefusal.code}`, {
                date: formatDateTime(source.lastRefusal.at, i18n.language),
              })}
            </Text>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

function SourceState({ source }: { source: TListSource }) {
  const { t } = useTranslation('list-freshness');
  if (!source.enabled)
    return (
      <Badge color="gray" variant="light">
        {t('state.off')}
      </Badge>
    );
  if (source.failing) return <Badge color="red">{t('state.failing')}</Badge>;
  if (source.failingSince) return <Badge color="orange">{t('state.retrying')}</Badge>;
  return <Badge color="teal">{t('state.ok')}</Badge>;
}

function PlatformAlert({ alert }: { alert: TPlatformAlert }) {
  const { t, i18n } = useTranslation('list-freshness');
  const listName = useListName();
  const details = {
    source: alert.details.source ? listName(alert.details.source) : '',
    since: alert.details.since ? formatDateTime(alert.details.since, i18n.language) : '',
    listDate: alert.details.listDate ? formatDate(alert.details.listDate, i18n.language) : '',
    days: alert.details.days ?? '',
    publishedOn: alert.details.publishedOn ? formatDate(alert.details.publishedOn, i18n.language) : '',
  };
  return (
    <Alert color={alert.kind === 'list_source_failing' ? 'red' : 'orange'} data-testid="platform-alert">
      {t(`alerts.${alert.kind}`, details)}
    </Alert>
  );
}
