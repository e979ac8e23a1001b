import { Badge, Loader, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../components/format-date.ts';
import { useDeliveries } from '../api/webhooks.ts';

const statusColor = { pending: 'yellow', delivered: 'green', failed: 'red' } as const;

/** The last deliveries to one endpoint: event, outcome, attempts, last HTTP status and times. */
export function DeliveriesTable({ webhookId }: { webhookId: string }) {
  const { t, i18n } = useTranslation('webhooks');
  const deliveries = useDeliveries(webhookId);
  if (deliveries.isPending) return <Loader size="sm" aria-label={t('common:loading')} />;
  if (deliveries.error) return <ErrorAlert error={deliveries.error} />;
  if (deliveries.data.deliveries.length === 0) return <Text c="dimmed">{t('log.empty')}</Text>;
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('log.event')}</Table.Th>
          <Table.Th>{t('log.status')}</Table.Th>
          <Table.Th>{t('log.attempts')}</Table.Th>
          <Table.Th>{t('log.httpStatus')}</Table.Th>
          <Table.Th>{t('log.created')}</Table.Th>
          <Table.Th>{t('log.lastAttempt')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {deliveries.data.deliveries.map((d) => (
          <Table.Tr key={d.id}>
            <Table.Td>{t(`events.${d.eventType.replace('.', '_')}`)}</Table.Td>
            <Table.Td>
              <Badge color={statusColor[d.status]}>{t(`log.statuses.${d.status}`)}</Badge>
            </Table.Td>
            <Table.Td>{d.attempts}</Table.Td>
            <Table.Td>{d.lastStatusCode ?? (d.lastError ? t('log.noAnswer') : '—')}</Table.Td>
            <Table.Td>{formatDateTime(d.createdAt, i18n.language)}</Table.Td>
            <Table.Td>{d.lastAttemptAt ? formatDateTime(d.lastAttemptAt, i18n.language) : '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
