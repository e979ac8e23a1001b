import { Anchor, Badge, Group, Loader, Table, Text, Title } from '@mantine/core';
import type { TInvoiceSummary } from '@vigilo/domain/contracts/invoicing.ts';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDate, formatMonth } from '../../../components/format-date.ts';
import { useMoney } from '../../wallet/components/use-money.ts';
import { useInvoices } from '../api/invoicing.ts';

const statusColor = { to_send: 'yellow', sent: 'green', failed: 'red' } as const;

/** The organisation's invoices and credit notes on the wallet page, for managers and AML officers. */
export function InvoicesPanel({ canSee }: { canSee: boolean }) {
  const { t } = useTranslation('invoicing');
  const invoices = useInvoices(canSee);
  return (
    <section aria-labelledby="invoices-title">
      <Title order={3} id="invoices-title">
        {t('title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('intro')}
      </Text>
      {!canSee ? (
        <Text size="sm">{t('whoMaySee')}</Text>
      ) : invoices.isPending ? (
        <Loader size="sm" aria-label={t('common:loading')} />
      ) : invoices.error ? (
        <ErrorAlert error={invoices.error} />
      ) : invoices.data.length === 0 ? (
        <Text size="sm">{t('empty')}</Text>
      ) : (
        <InvoicesTable invoices={invoices.data} />
      )}
    </section>
  );
}

function InvoicesTable({ invoices }: { invoices: TInvoiceSummary[] }) {
  const { t, i18n } = useTranslation('invoicing');
  const money = useMoney();
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped data-testid="invoices-table">
        <Table.Thead>
          <Table.Tr>
            {['number', 'kind', 'issueDate', 'period', 'net', 'vat', 'gross', 'status', 'downloads'].map(
              (c) => (
                <Table.Th key={c}>{t(`columns.${c}`)}</Table.Th>
              ),
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoices.map((invoice) => (
            <Table.Tr key={invoice.id}>
              <Table.Td>{invoice.number}</Table.Td>
              <Table.Td>{t(`kind.${invoice.kind}`)}</Table.Td>
              <Table.Td>{formatDate(invoice.issueDate, i18n.language)}</Table.Td>
              <Table.Td>{invoice.periodKey ? formatMonth(invoice.periodKey, i18n.language) : '—'}</Table.Td>
              <Table.Td>{money(invoice.netCents)}</Table.Td>
              <Table.Td>{money(invoice.vatCents)}</Table.Td>
              <Table.Td fw={600}>{money(invoice.grossCents)}</Table.Td>
              <Table.Td>
                <Badge color={statusColor[invoice.delivery.status]} variant="light">
                  {t(`delivery.${invoice.delivery.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <Anchor
                    href={`/api/invoices/${invoice.id}/invoice.pdf`}
                    size="sm"
                    data-testid="invoice-pdf-link"
                  >
                    {t('downloadPdf')}
                  </Anchor>
                  <Anchor
                    href={`/api/invoices/${invoice.id}/ubl.xml`}
                    size="sm"
                    data-testid="invoice-ubl-link"
                  >
                    {t('downloadUbl')}
                  </Anchor>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
