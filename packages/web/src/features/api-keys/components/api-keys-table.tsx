import { Badge, Button, Group, Table, Text } from '@mantine/core';
import type { TApiKey } from '@vigilo/domain/contracts/api-keys.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../components/format-date.ts';
import { useRevokeApiKey } from '../api/api-keys.ts';

/** The organisation's keys with their scopes and last use; a live key can be revoked after confirmation. */
export function ApiKeysTable({ keys }: { keys: TApiKey[] }) {
  const { t, i18n } = useTranslation('api-keys');
  const revoke = useRevokeApiKey();
  const [revoking, setRevoking] = useState<TApiKey | null>(null);
  if (keys.length === 0) return <Text c="dimmed">{t('list.empty')}</Text>;
  return (
    <>
      {revoke.error && <ErrorAlert error={revoke.error} />}
      <Table striped data-testid="api-keys-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.name')}</Table.Th>
            <Table.Th>{t('list.scopes')}</Table.Th>
            <Table.Th>{t('list.created')}</Table.Th>
            <Table.Th>{t('list.lastUsed')}</Table.Th>
            <Table.Th>{t('list.status')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {keys.map((key) => (
            <Table.Tr key={key.id}>
              <Table.Td>
                <Text fw={500}>{key.name}</Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {key.prefix}…
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {key.scopes.map((scope) => (
                    <Badge key={scope} variant="light" color={scope === 'officer:read' ? 'red' : 'blue'}>
                      {t(`scopes.${scope.replace(':', '_')}.label`)}
                    </Badge>
                  ))}
                </Group>
                <Text size="xs" c="dimmed">
                  {t('list.rateLimit', { count: key.rateLimitPerMinute })}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(key.createdAt, i18n.language)}</Text>
                <Text size="xs" c="dimmed">
                  {key.createdBy}
                </Text>
              </Table.Td>
              <Table.Td>
                {key.lastUsedAt ? formatDateTime(key.lastUsedAt, i18n.language) : t('list.neverUsed')}
              </Table.Td>
              <Table.Td>
                {key.revokedAt ? (
                  <Badge color="gray">
                    {t('list.revokedOn', { date: formatDateTime(key.revokedAt, i18n.language) })}
                  </Badge>
                ) : (
                  <Badge color="green">{t('list.active')}</Badge>
                )}
              </Table.Td>
              <Table.Td>
                {!key.revokedAt && (
                  <Button size="xs" color="red" variant="light" onClick={() => setRevoking(key)}>
                    {t('revoke.action')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ConfirmModal
        opened={revoking !== null}
        title={t('revoke.title')}
        text={t('revoke.text', { name: revoking?.name ?? '' })}
        confirmLabel={t('revoke.action')}
        loading={revoke.isPending}
        onCancel={() => setRevoking(null)}
        onConfirm={() => revoking && revoke.mutate(revoking.id, { onSettled: () => setRevoking(null) })}
      />
    </>
  );
}
