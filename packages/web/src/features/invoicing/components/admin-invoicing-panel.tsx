import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Loader,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDate, formatMonth } from '../../../components/format-date.ts';
import { productKey, useMoney } from '../../wallet/components/use-money.ts';
import { useAdminInvoice, useAdminMonth, useCreditNote, useRunInvoicing } from '../api/invoicing.ts';

/** The last twelve issue months, newest first (`YYYY-MM`). */
function recentMonths(now = new Date()): string[] {
  return Array.from({ length: 12 }, (_, i) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1)).toISOString().slice(0, 7),
  );
}

/** A day of the last finished month: the run invoices the period that contains it. */
function lastMonthDay(now = new Date()): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0)).toISOString().slice(0, 10);
}

/** The operator's invoicing (platform administrator): a month's documents, VAT totals, failures, CSV. */
export function AdminInvoicingPanel() {
  const { t, i18n } = useTranslation('invoicing');
  const money = useMoney();
  const months = recentMonths();
  const [month, setMonth] = useState(months[0]!);
  const [confirmRun, setConfirmRun] = useState(false);
  const [creditFor, setCreditFor] = useState<string | null>(null);
  const view = useAdminMonth(month);
  const run = useRunInvoicing();
  return (
    <Stack>
      <Group align="flex-end">
        <Select
          label={t('admin.period')}
          data={months}
          value={month}
          onChange={(value) => value && setMonth(value)}
          allowDeselect={false}
          w={160}
        />
        <Button variant="default" component="a" href={`/api/admin/invoices.csv?month=${month}`}>
          {t('admin.exportCsv')}
        </Button>
        <Button onClick={() => setConfirmRun(true)}>{t('admin.run')}</Button>
      </Group>
      <ErrorAlert error={run.error} />
      {view.isPending ? (
        <Loader size="sm" aria-label={t('common:loading')} />
      ) : view.error ? (
        <ErrorAlert error={view.error} />
      ) : (
        <>
          <Text>{t('admin.organisations', { count: view.data.organisationsBilled })}</Text>
          <Title order={4}>{t('admin.vatTotals')}</Title>
          <Table maw={520}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pdf.vatRate')}</Table.Th>
                <Table.Th>{t('pdf.taxable')}</Table.Th>
                <Table.Th>{t('pdf.vatAmount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.data.vatTotals.map((v) => (
                <Table.Tr key={v.vatRateBasisPoints}>
                  <Table.Td>{v.vatRateBasisPoints / 100} %</Table.Td>
                  <Table.Td>{money(v.taxableCents)}</Table.Td>
                  <Table.Td>{money(v.vatCents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Title order={4}>{t('admin.failures')}</Title>
          {view.data.failures.length === 0 ? (
            <Text size="sm">{t('admin.noFailures')}</Text>
          ) : (
            view.data.failures.map((f) => (
              <Text key={f.id} c="red" size="sm">
                {f.number} — {f.organisationName}: {f.delivery.lastError}
              </Text>
            ))
          )}
          <Title order={4}>{t('title')}</Title>
          {view.data.documents.length === 0 ? (
            <Text size="sm">{t('empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    {[
                      'number',
                      'kind',
                      'organisation',
                      'issueDate',
                      'net',
                      'vat',
                      'gross',
                      'status',
                      'rules',
                      'downloads',
                    ].map((c) => (
                      <Table.Th key={c}>{t(`columns.${c}`)}</Table.Th>
                    ))}
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {view.data.documents.map((d) => (
                    <Table.Tr key={d.id}>
                      <Table.Td>{d.number}</Table.Td>
                      <Table.Td>{t(`kind.${d.kind}`)}</Table.Td>
                      <Table.Td>{d.organisationName}</Table.Td>
                      <Table.Td>{formatDate(d.issueDate, i18n.language)}</Table.Td>
                      <Table.Td>{money(d.netCents)}</Table.Td>
                      <Table.Td>{money(d.vatCents)}</Table.Td>
                      <Table.Td>{money(d.grossCents)}</Table.Td>
                      <Table.Td>
                        <Badge variant="light">
                          {t(`delivery.${d.delivery.channel}`)} · {t(`delivery.${d.delivery.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{d.rulesChecked}</Table.Td>
                      <Table.Td>
                        <Group gap="sm" wrap="nowrap">
                          <Anchor href={`/api/admin/invoices/${d.id}/invoice.pdf`} size="sm">
                            {t('downloadPdf')}
                          </Anchor>
                          <Anchor href={`/api/admin/invoices/${d.id}/ubl.xml`} size="sm">
                            {t('downloadUbl')}
                          </Anchor>
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        {d.kind === 'invoice' && (
                          <Button size="xs" variant="subtle" onClick={() => setCreditFor(d.id)}>
                            {t('admin.creditTitle')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
      <Modal opened={confirmRun} onClose={() => setConfirmRun(false)} title={t('admin.run')}>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirmRun(false)}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            loading={run.isPending}
            onClick={() =>
              run.mutate(lastMonthDay(), {
                onSuccess: (report) => {
                  setConfirmRun(false);
                  notifications.show({
                    color: 'green',
                    message: t('admin.runQueued', { period: formatMonth(report.periodKey, i18n.language) }),
                  });
                },
                onError: () => setConfirmRun(false),
              })
            }
          >
            {t('admin.run')}
          </Button>
        </Group>
      </Modal>
      {creditFor && <CreditNoteModal invoiceId={creditFor} onClose={() => setCreditFor(null)} />}
    </Stack>
  );
}

/** Chooses the lines to reverse and confirms: a credit note is final. */
function CreditNoteModal({ invoiceId, onClose }: { invoiceId: string; onClose: () => void }) {
  const { t } = useTranslation('invoicing');
  const money = useMoney();
  const detail = useAdminInvoice(invoiceId);
  const credit = useCreditNote();
  const [chosen, setChosen] = useState<string[]>([]);
  const product = (value: string) => {
    const { key, plan } = productKey(value);
    return t(`wallet:${key}`, { plan: plan ? t(`wallet:plans.${plan}`, { defaultValue: plan }) : undefined });
  };
  return (
    <Modal opened onClose={onClose} title={t('admin.creditTitle')}>
      {detail.isPending ? (
        <Loader size="sm" aria-label={t('common:loading')} />
      ) : detail.error ? (
        <ErrorAlert error={detail.error} />
      ) : (
        <Stack>
          <Checkbox.Group label={t('admin.creditLines')} value={chosen} onChange={setChosen}>
            <Stack gap="xs" mt="xs">
              {detail.data.lines.map((line) => (
                <Checkbox
                  key={line.id}
                  value={line.id}
                  disabled={line.credited}
                  label={`${line.lineNo}. ${product(line.product)} × ${line.quantity} — ${money(line.netCents + line.vatCents)}`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <Text size="sm">{t('admin.creditConfirm')}</Text>
          <ErrorAlert error={credit.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              color="red"
              disabled={chosen.length === 0}
              loading={credit.isPending}
              onClick={() => credit.mutate({ invoiceId, lineIds: chosen }, { onSuccess: onClose })}
            >
              {t('admin.creditTitle')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
