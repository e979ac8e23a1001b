import { Anchor, Button, Group, Pagination, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import type {
  TMovementListQuery,
  TMovementQueryParams,
  TWalletResponse,
} from '@vigilo/domain/contracts/wallet.ts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format-date.ts';
import { movementsQueryString } from '../api/wallet.ts';
import { MovementsFilters } from './movements-filters.tsx';
import { productKey, useMoney } from './use-money.ts';

type TSort = NonNullable<TMovementListQuery['sort']>;
type TProps = {
  wallet: TWalletResponse;
  query: TMovementQueryParams;
  onChange: (query: TMovementQueryParams) => void;
};

/** Every movement of the wallet: sortable, filterable, exportable to CSV, with a voucher per row. */
export function MovementsTable({ wallet, query, onChange }: TProps) {
  const { t, i18n } = useTranslation('wallet');
  const money = useMoney();
  const { page: _page, pageSize: _pageSize, ...filters } = query;
  const sortBy = (sort: TSort) =>
    onChange({
      ...query,
      sort,
      order: query.sort === sort && query.order === 'desc' ? 'asc' : 'desc',
      page: 1,
    });
  const arrow = (sort: TSort) => (query.sort === sort ? (query.order === 'asc' ? ' ▲' : ' ▼') : '');
  const header = (sort: TSort, label: string) => (
    <Table.Th>
      <UnstyledButton fw={700} fz="sm" onClick={() => sortBy(sort)} data-testid={`sort-${sort}`}>
        {label}
        {arrow(sort)}
      </UnstyledButton>
    </Table.Th>
  );
  const product = (value: string) => {
    const { key, plan } = productKey(value);
    return t(key, {
      plan: plan ? t(`plans.${plan}`, { defaultValue: plan }) : undefined,
      defaultValue: value,
    });
  };
  const { items, total, pageSize } = wallet.movements;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>{t('movements.title')}</Title>
        <Button
          component="a"
          variant="default"
          href={`/api/wallet/movements.csv?${movementsQueryString(filters)}`}
          data-testid="export-csv"
        >
          {t('movements.exportCsv')}
        </Button>
      </Group>
      <MovementsFilters query={query} options={wallet.filterOptions} onChange={onChange} />
      <Table.ScrollContainer minWidth={900}>
        <Table striped data-testid="movements">
          <Table.Thead>
            <Table.Tr>
              {header('createdAt', t('movements.date'))}
              <Table.Th>{t('movements.voucherNo')}</Table.Th>
              {header('product', t('movements.product'))}
              <Table.Th>{t('movements.reference')}</Table.Th>
              {header('user', t('movements.user'))}
              <Table.Th>{t('movements.amountExclVat')}</Table.Th>
              {header('amount', t('movements.amountInclVat'))}
              <Table.Th>{t('movements.balanceAfter')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={9}>
                  <Text c="dimmed">{t('movements.empty')}</Text>
                </Table.Td>
              </Table.Tr>
            )}
            {items.map((m) => (
              <Table.Tr key={m.id} data-testid="movement-row">
                <Table.Td>{formatDateTime(m.createdAt, i18n.language)}</Table.Td>
                <Table.Td>{m.voucherNo}</Table.Td>
                <Table.Td>{product(m.product)}</Table.Td>
                <Table.Td>{m.reference}</Table.Td>
                <Table.Td>{m.userName ?? '—'}</Table.Td>
                <Table.Td>{money(m.amountExclVatCents)}</Table.Td>
                <Table.Td c={m.amountInclVatCents < 0 ? 'red' : 'green'} fw={600}>
                  {money(m.amountInclVatCents)}
                </Table.Td>
                <Table.Td>{money(m.balanceAfterCents)}</Table.Td>
                <Table.Td>
                  <Anchor
                    href={`/api/wallet/movements/${m.id}/voucher.pdf`}
                    data-testid="voucher-link"
                    size="sm"
                  >
                    {t('movements.voucher')}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > pageSize && (
        <Pagination
          total={Math.ceil(total / pageSize)}
          value={query.page ?? 1}
          onChange={(page) => onChange({ ...query, page })}
        />
      )}
    </Stack>
  );
}
