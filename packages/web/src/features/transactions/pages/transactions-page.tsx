import {
  Anchor,
  Button,
  Center,
  Group,
  Loader,
  Pagination,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { TTransactionListQuery } from '@vigilo/domain/contracts/transactions.ts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDate } from '../../../components/format-date.ts';
import { VigilanceBadge } from '../../contacts/components/contact-badges.tsx';
import { RequireActiveOrganisation } from '../../organisations/components/require-active-organisation.tsx';
import { DecisionStatusBadge } from '../../risk/components/decision-status-badge.tsx';
import { useTransactions } from '../api/transactions.ts';
import { formatAddress } from '../components/format-address.ts';
import {
  TransactionFilters,
  type TTransactionFilterValues,
  transactionFilterKeys,
} from '../components/transaction-filters.tsx';
import { useMoney } from '../components/use-money.ts';

const pageSize = 25;

/** Every transaction of the agency: searched and filtered on the server, kept in the address bar. */
export function TransactionsPage() {
  return <RequireActiveOrganisation>{() => <TransactionsList />}</RequireActiveOrganisation>;
}

function TransactionsList() {
  const { t, i18n } = useTranslation('transactions');
  const money = useMoney();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const filters = Object.fromEntries(
    transactionFilterKeys.map((k) => [k, params.get(k) ?? '']),
  ) as TTransactionFilterValues;
  const page = Number(params.get('page') ?? '1') || 1;
  const update = (patch: Partial<Record<string, string>>, resetPage = true) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (resetPage) next.delete('page');
    setParams(next, { replace: true });
  };
  // The search box writes to the address bar once typing pauses.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text triggers it
  useEffect(() => {
    if ((params.get('q') ?? '') !== debounced) update({ q: debounced });
  }, [debounced]);
  const query = {
    ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== '')),
    ...(params.get('q') ? { q: params.get('q')! } : {}),
    sort: (filters.sort || '-created') as TTransactionListQuery['sort'],
    page,
    pageSize,
  } as Partial<TTransactionListQuery>;
  const list = useTransactions(query);
  const total = list.data?.total ?? 0;
  return (
    <Stack maw={1300} mx="auto">
      <Group justify="space-between">
        <Title order={2}>{t('list.title')}</Title>
        <Button component={Link} to="/transactions/new" data-testid="new-transaction">
          {t('list.new')}
        </Button>
      </Group>
      <TextInput
        name="q"
        label={t('list.search')}
        description={t('list.searchHint')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        data-testid="transactions-search"
      />
      <TransactionFilters value={filters} onChange={update} />
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Center>
          <Loader aria-label={t('common:loading')} />
        </Center>
      ) : (
        <>
          <Text size="sm" c="dimmed" data-testid="transactions-total">
            {list.data?.totalCapped
              ? t('list.totalCapped', { count: total })
              : t('list.total', { count: total })}
          </Text>
          <Table.ScrollContainer minWidth={1000}>
            <Table striped verticalSpacing="sm" data-testid="transactions">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('list.columns.reference')}</Table.Th>
                  <Table.Th>{t('list.columns.property')}</Table.Th>
                  <Table.Th>{t('list.columns.parties')}</Table.Th>
                  <Table.Th ta="right">{t('list.columns.price')}</Table.Th>
                  <Table.Th>{t('list.columns.status')}</Table.Th>
                  <Table.Th>{t('list.columns.vigilance')}</Table.Th>
                  <Table.Th>{t('list.columns.createdBy')}</Table.Th>
                  <Table.Th>{t('list.columns.createdAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data?.items.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={8}>
                      <Text c="dimmed">{t('list.empty')}</Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {list.data?.items.map((item) => (
                  <Table.Tr key={item.id} data-testid="transaction-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/transactions/${item.id}`} fw={500}>
                        {item.reference}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {t(`types.${item.type}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{formatAddress(item.propertyAddress)}</Table.Td>
                    <Table.Td>{item.partyNames.join(', ')}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {money(item.priceCents)}
                    </Table.Td>
                    <Table.Td>
                      <DecisionStatusBadge status={item.status} />
                    </Table.Td>
                    <Table.Td>
                      <VigilanceBadge level={item.vigilanceLevel} />
                    </Table.Td>
                    <Table.Td>{item.createdByName ?? '—'}</Table.Td>
                    <Table.Td>{formatDate(item.createdAt, i18n.language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {total > pageSize && (
            <Group justify="center">
              <Pagination
                total={Math.ceil(total / pageSize)}
                value={page}
                onChange={(p) => update({ page: String(p) }, false)}
              />
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
