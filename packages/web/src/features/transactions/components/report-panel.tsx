import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { TTransactionDetail } from '@vigilo/domain/contracts/transactions.ts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format-date.ts';
import { reportDownloadUrl } from '../api/transactions.ts';
import { useMoney } from './use-money.ts';

/**
 * How the calculation was paid, and the atypical transaction report produced after payment: an internal
 * record (law of 18 September 2017 art. 45) that must never reach the client (tipping-off ban, art. 55).
 */
export function ReportPanel({ transaction }: { transaction: TTransactionDetail }) {
  const { t, i18n } = useTranslation('transactions');
  const money = useMoney();
  const { payment, reportDocumentId } = transaction;
  if (!payment) return null;
  const paidAt = formatDateTime(payment.paidAt, i18n.language);
  return (
    <Paper withBorder p="md" data-testid="report-panel">
      <Stack>
        <Title order={4}>{t('report.title')}</Title>
        <Text size="sm" data-testid="payment">
          {payment.kind === 'subscription' || payment.amountInclVatCents === null
            ? t('detail.paidBySubscription', { date: paidAt })
            : t('detail.paidFromWallet', { date: paidAt, amount: money(payment.amountInclVatCents) })}
        </Text>
        {reportDocumentId && (
          <>
            <Alert color="red" variant="light" data-testid="report-warning">
              {t('detail.reportInternal')}
            </Alert>
            <Group>
              <Button
                component="a"
                href={reportDownloadUrl(reportDocumentId)}
                download
                variant="default"
                data-testid="report-download"
              >
                {t('detail.reportDownload')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
