import { Badge, Table, Text } from '@mantine/core';
import type { TListFreshness } from '@vigilo/domain/contracts/cockpit.ts';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../components/format-date.ts';
import { useListFreshness } from '../../list-freshness/api/list-freshness.ts';
import { useListName } from '../../screening/components/use-list-name.ts';

/** Each list in force: its date, when it was imported, its last successful check and next one, and whether it is stale. */
export function ListFreshnessTable({
  lists,
  withChecks = false,
}: {
  lists: TListFreshness[];
  /** The checks come from the screening freshness route, which only agency members may read. */
  withChecks?: boolean;
}) {
  const { t, i18n } = useTranslation('cockpit');
  const listName = useListName();
  const checks = new Map((useListFreshness(withChecks).data?.lists ?? []).map((l) => [l.source, l]));
  const when = (at: string | null | undefined) =>
    at ? formatDateTime(at, i18n.language) : t('lists.noCheck');
  if (lists.length === 0) return <Text c="dimmed">{t('lists.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table data-testid="cockpit-lists">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('lists.source')}</Table.Th>
            <Table.Th>{t('lists.listDate')}</Table.Th>
            <Table.Th>{t('lists.importedAt')}</Table.Th>
            {withChecks && <Table.Th>{t('lists.lastCheck')}</Table.Th>}
            {withChecks && <Table.Th>{t('lists.nextCheck')}</Table.Th>}
            <Table.Th>{t('lists.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lists.map((list) => (
            <Table.Tr key={list.source} data-testid={`cockpit-list-${list.source}`}>
              <Table.Td>{listName(list.source)}</Table.Td>
              <Table.Td>{formatDate(list.listDate, i18n.language)}</Table.Td>
              <Table.Td>{formatDateTime(list.importedAt, i18n.language)}</Table.Td>
              {withChecks && (
                <Table.Td data-testid="cockpit-list-last-check">
                  {when(checks.get(list.source)?.lastSuccessAt)}
                </Table.Td>
              )}
              {withChecks && (
                <Table.Td data-testid="cockpit-list-next-check">
                  {when(checks.get(list.source)?.nextCheckAt)}
                </Table.Td>
              )}
              <Table.Td>
                <Badge color={list.isStale ? 'red' : 'green'} variant="light">
                  {list.isStale
                    ? t('lists.stale', { days: list.ageDays })
                    : t('lists.fresh', { days: list.ageDays })}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
