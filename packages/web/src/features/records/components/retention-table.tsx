import { Anchor, Badge, Button, Group, Menu, Stack, Table, Text } from '@mantine/core';
import type { TContactRetention } from '@vigilo/domain/contracts/records.ts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../../components/format-date.ts';
import { exportUrls } from '../api/records.ts';
import type { TRetentionIntent } from './retention-action-modal.tsx';

const stateColor = { open: 'gray', proposed: 'orange', ended: 'blue', held: 'red' } as const;

/** Contacts in their retention clock, with what the officer can do about each. */
export function RetentionTable({
  items,
  onAction,
}: {
  items: TContactRetention[];
  onAction: (intent: TRetentionIntent) => void;
}) {
  const { t, i18n } = useTranslation('records');
  const day = (value: string | null) => (value ? formatDate(value, i18n.language) : '—');
  const today = new Date().toISOString().slice(0, 10);
  if (items.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid="retention-empty">
        {t('retention.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped fz="sm" data-testid="retention-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('retention.columns.contact')}</Table.Th>
            <Table.Th>{t('retention.columns.state')}</Table.Th>
            <Table.Th>{t('retention.columns.endedOn')}</Table.Th>
            <Table.Th>{t('retention.columns.purgeDueOn')}</Table.Th>
            <Table.Th>{t('retention.columns.notes')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const base = { contactId: item.contactId, displayName: item.displayName };
            const activeHolds = item.holds.filter((h) => !h.releasedAt);
            return (
              <Table.Tr key={item.contactId} data-testid="retention-row">
                <Table.Td>
                  <Anchor component={Link} to={`/contacts/${item.contactId}`}>
                    {item.displayName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge color={stateColor[item.state]} variant="light">
                    {t(`retention.states.${item.state}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{day(item.endedOn)}</Table.Td>
                <Table.Td>
                  <Text size="sm" c={item.purgeDueOn && item.purgeDueOn <= today ? 'red' : undefined}>
                    {day(item.purgeDueOn)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {item.proposedAt && item.state === 'proposed' && (
                      <Text size="xs">
                        {t('retention.proposedNote', {
                          date: formatDateTime(item.proposedAt, i18n.language),
                          last: item.lastActivityAt ? formatDate(item.lastActivityAt, i18n.language) : '—',
                        })}
                      </Text>
                    )}
                    {item.extensionReason && (
                      <Text size="xs">{t('retention.extendedNote', { reason: item.extensionReason })}</Text>
                    )}
                    {activeHolds.map((h) => (
                      <Group key={h.id} gap={4}>
                        <Text size="xs" c="red">
                          {t('retention.holdNote', { reason: h.reason, reference: h.reference || '—' })}
                        </Text>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() =>
                            onAction({ kind: 'release', holdId: h.id, displayName: item.displayName })
                          }
                          data-testid="release-hold"
                        >
                          {t('retention.actions.release')}
                        </Button>
                      </Group>
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Menu position="bottom-end">
                    <Menu.Target>
                      <Button size="xs" variant="default" data-testid="retention-menu">
                        {t('retention.actions.menu')}
                      </Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      {item.state !== 'ended' && item.state !== 'held' && (
                        <Menu.Item
                          onClick={() => onAction({ kind: 'end', ...base })}
                          data-testid="action-end"
                        >
                          {t('retention.actions.end')}
                        </Menu.Item>
                      )}
                      {(item.state === 'ended' || item.state === 'proposed') && (
                        <Menu.Item
                          onClick={() => onAction({ kind: 'keep-open', ...base })}
                          data-testid="action-keep-open"
                        >
                          {t('retention.actions.keep-open')}
                        </Menu.Item>
                      )}
                      {item.endedOn && (
                        <Menu.Item
                          onClick={() => onAction({ kind: 'extend', ...base })}
                          data-testid="action-extend"
                        >
                          {t('retention.actions.extend')}
                        </Menu.Item>
                      )}
                      <Menu.Item
                        onClick={() => onAction({ kind: 'hold', ...base })}
                        data-testid="action-hold"
                      >
                        {t('retention.actions.hold')}
                      </Menu.Item>
                      <Menu.Item component="a" href={exportUrls.contact(item.contactId)} download>
                        {t('export.contact')}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
