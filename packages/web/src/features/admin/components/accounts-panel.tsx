import { Badge, Button, CloseButton, Group, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { TAdminUser } from '@vigilo/domain/contracts/admin.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDate } from '../../../components/format-date.ts';
import { useAdminUsers, useRevokeRecognition } from '../api/admin-users.ts';
import { useRecognitionTypes } from '../api/recognition-types.ts';
import { GrantRecognitionModal } from './grant-recognition-modal.tsx';
import { recognitionLabel } from './recognition-label.ts';

/** Accounts and their recognitions: the administrator grants them (with a reference) or revokes them. */
export function AccountsPanel() {
  const { t, i18n } = useTranslation('admin');
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 300);
  const users = useAdminUsers(debounced);
  const types = useRecognitionTypes();
  const revoke = useRevokeRecognition();
  const [grantTo, setGrantTo] = useState<TAdminUser | null>(null);
  const [toRevoke, setToRevoke] = useState<{ user: TAdminUser; code: string } | null>(null);
  const typeOf = (code: string) => types.data?.find((type) => type.code === code);
  return (
    <Stack>
      <TextInput
        name="q"
        label={t('accounts.search')}
        description={t('accounts.searchHint')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <ErrorAlert error={users.error ?? revoke.error} />
      <Table.ScrollContainer minWidth={800}>
        <Table striped verticalSpacing="sm" data-testid="admin-users">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('accounts.name')}</Table.Th>
              <Table.Th>{t('accounts.email')}</Table.Th>
              <Table.Th>{t('accounts.status')}</Table.Th>
              <Table.Th>{t('accounts.recognitions')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.data?.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>
                  <Text c="dimmed">{t('accounts.empty')}</Text>
                </Table.Td>
              </Table.Tr>
            )}
            {users.data?.map((user) => (
              <Table.Tr key={user.id} data-testid={`admin-user-${user.username}`}>
                <Table.Td>
                  <Group gap={6}>
                    <Text fw={500}>
                      {user.firstName} {user.lastName}
                    </Text>
                    {user.isPlatformAdmin && (
                      <Badge size="xs" color="dark">
                        {t('accounts.admin')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {user.username}
                  </Text>
                </Table.Td>
                <Table.Td>{user.email}</Table.Td>
                <Table.Td>
                  {user.status === 'active'
                    ? t('accounts.statusActive')
                    : t('accounts.statusOther', { status: user.status })}
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {user.recognitions.map((r) => (
                      <Tooltip
                        key={r.code}
                        label={t('accounts.grantedOn', {
                          date: formatDate(r.grantedAt, i18n.language),
                          reference: r.reference || '—',
                        })}
                      >
                        <Badge
                          variant="light"
                          rightSection={
                            <CloseButton
                              size="xs"
                              aria-label={t('accounts.revoke')}
                              onClick={() => setToRevoke({ user, code: r.code })}
                            />
                          }
                        >
                          {recognitionLabel(typeOf(r.code), i18n.language, r.code)}
                        </Badge>
                      </Tooltip>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => setGrantTo(user)}
                    data-testid={`grant-${user.username}`}
                  >
                    {t('accounts.grant')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {grantTo && (
        <GrantRecognitionModal user={grantTo} types={types.data ?? []} onClose={() => setGrantTo(null)} />
      )}
      <ConfirmModal
        opened={toRevoke !== null}
        title={t('accounts.revokeTitle')}
        text={
          toRevoke
            ? t('accounts.revokeText', {
                recognition: recognitionLabel(typeOf(toRevoke.code), i18n.language, toRevoke.code),
                name: `${toRevoke.user.firstName} ${toRevoke.user.lastName}`,
              })
            : ''
        }
        confirmLabel={t('accounts.revoke')}
        loading={revoke.isPending}
        onCancel={() => setToRevoke(null)}
        onConfirm={() =>
          toRevoke &&
          revoke.mutate(
            { userId: toRevoke.user.id, code: toRevoke.code },
            { onSuccess: () => setToRevoke(null) },
          )
        }
      />
    </Stack>
  );
}
