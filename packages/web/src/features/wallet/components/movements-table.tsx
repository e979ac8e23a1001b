import { Anchor, Button, Group, Pagination, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import type {
  TMovementListQuery,
  TMovementQueryParams,
  TWalletResponse,
} from '@vigilo/domain/contracts/wallet.ts';
import { parseStructuredCommunication } from '@vigilo/domain/identifiers/structured-communication.ts';
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
  // A transfer's structured communication as printed on a bank slip, a plan by its name; any other
  // reference (a payment's or a transaction's) is shown as recorded.
  const reference = (value: string) => {
    const communication = parseStructuredCommunication(value);
    if (communication.ok) return communication.value.formatted;
    if (i18n.exists(`wallet:plans.${value}`)) return t(`plans.${value}`);
    return <span translate="no">{value}</span>;
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
                <Table.Td>{reference(m.reference)}</Table.Td>
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
