import { Badge, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { diffContactData } from '@vigilo/domain/contacts/contact-diff.ts';
import type { TContactDetail, TFieldChange } from '@vigilo/domain/contracts/contacts.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format-date.ts';
import { fetchContact, useContactVersion } from '../api/contacts.ts';
import { contactKeys } from '../api/keys.ts';
import { fieldLabel, formatValue } from './contact-values.ts';
import { VersionSource } from './version-source.tsx';

/** Ids of contacts a change mentions (beneficial owners, mandataries… before and after). */
function mentionedIds(changes: TFieldChange[]): string[] {
  const ids = new Set<string>();
  for (const change of changes) {
    for (const side of [change.before, change.after]) {
      if (!Array.isArray(side)) continue;
      for (const item of side) {
        if (item && typeof item === 'object' && 'contactId' in item) ids.add(String(item.contactId));
      }
    }
  }
  return [...ids];
}

/** Names of linked contacts, including those a newer version no longer links to. */
function useContactNames(ids: string[], known: TContactDetail['linkedContacts']) {
  const unknown = ids.filter((id) => !known.some((k) => k.id === id));
  const results = useQueries({
    queries: unknown.map((id) => ({
      queryKey: contactKeys.detail(id),
      queryFn: () => fetchContact(id),
    })),
  });
  return (id: string) =>
    known.find((k) => k.id === id)?.displayName ??
    results.find((r) => r.data?.id === id)?.data?.displayName ??
    id.slice(0, 8);
}

/** The changes between two versions: adjacent ones as recorded, others computed from both versions. */
function useChanges(contact: TContactDetail, from: number, to: number): TFieldChange[] | undefined {
  const adjacent = to === from + 1;
  const before = useContactVersion(contact.id, adjacent ? null : from);
  const after = useContactVersion(contact.id, adjacent ? null : to);
  if (adjacent) return contact.versions.find((v) => v.versionNo === to)?.changes ?? [];
  if (!before.data || !after.data) return undefined;
  return diffContactData(before.data.data, after.data.data);
}

/** Every version of the contact (never changed once saved) and what changed between two of them. */
export function HistoryPanel({ contact }: { contact: TContactDetail }) {
  const { t, i18n } = useTranslation('contacts');
  const latest = contact.currentVersionNo;
  const [from, setFrom] = useState(Math.max(1, latest - 1));
  const [to, setTo] = useState(latest);
  const versionOptions = contact.versions.map((v) => ({
    value: String(v.versionNo),
    label: t('history.versionLabel', { version: v.versionNo }),
  }));
  return (
    <Stack>
      <Table withTableBorder data-testid="versions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('history.version')}</Table.Th>
            <Table.Th>{t('history.when')}</Table.Th>
            <Table.Th>{t('history.who')}</Table.Th>
            <Table.Th>{t('history.changedFields')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contact.versions.map((v) => (
            <Table.Tr key={v.versionNo} data-testid={`version-${v.versionNo}`}>
              <Table.Td>
                <Group gap={6}>
                  {t('history.versionLabel', { version: v.versionNo })}
                  {v.versionNo === latest && (
                    <Badge size="xs" variant="light">
                      {t('history.current')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{formatDateTime(v.createdAt, i18n.language)}</Table.Td>
              <Table.Td>{v.createdByName ?? '—'}</Table.Td>
              <Table.Td>
                {v.versionNo === 1
                  ? t('history.created')
                  : v.changes.map((c) => fieldLabel(c.path)).join(', ')}
                <VersionSource source={v.source} testId={`version-source-${v.versionNo}`} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {latest > 1 && (
        <Stack gap="xs">
          <Text fw={500}>{t('history.compareTitle')}</Text>
          <Group>
            <Select
              label={t('history.from')}
              data-testid="diff-from"
              data={versionOptions}
              value={String(from)}
              allowDeselect={false}
              onChange={(v) => v && setFrom(Number(v))}
            />
            <Select
              label={t('history.to')}
              data-testid="diff-to"
              data={versionOptions}
              value={String(to)}
              allowDeselect={false}
              onChange={(v) => v && setTo(Number(v))}
            />
          </Group>
          <DiffTable contact={contact} from={Math.min(from, to)} to={Math.max(from, to)} />
        </Stack>
      )}
    </Stack>
  );
}

function DiffTable({ contact, from, to }: { contact: TContactDetail; from: number; to: number }) {
  const { t, i18n } = useTranslation('contacts');
  const changes = useChanges(contact, from, to);
  const nameOf = useContactNames(mentionedIds(changes ?? []), contact.linkedContacts);
  if (from === to) return <Text c="dimmed">{t('history.sameVersion')}</Text>;
  if (!changes) return <Text c="dimmed">{t('common:loading')}</Text>;
  if (changes.length === 0) return <Text c="dimmed">{t('history.noChanges')}</Text>;
  return (
    <Table withTableBorder striped data-testid="diff">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('history.field')}</Table.Th>
          <Table.Th>{t('history.before', { version: from })}</Table.Th>
          <Table.Th>{t('history.after', { version: to })}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((change) => (
          <Table.Tr key={change.path} data-testid={`diff-${change.path}`}>
            <Table.Td fw={500}>{fieldLabel(change.path)}</Table.Td>
            <Table.Td c="red.8" td="line-through">
              {formatValue(t, i18n.language, change.path, change.before, nameOf)}
            </Table.Td>
            <Table.Td c="green.8">
              {formatValue(t, i18n.language, change.path, change.after, nameOf)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
