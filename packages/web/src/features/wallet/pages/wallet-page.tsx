import { Card, Center, Divider, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { TMovementQueryParams } from '@vigilo/domain/contracts/wallet.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { InvoicesPanel } from '../../invoicing/components/invoices-panel.tsx';
import { RequireActiveOrganisation } from '../../organisations/components/require-active-organisation.tsx';
import { useWallet } from '../api/wallet.ts';
import { MovementsTable } from '../components/movements-table.tsx';
import { PaymentReturnNotice } from '../components/payment-return-notice.tsx';
import { SubscriptionsPanel } from '../components/subscriptions-panel.tsx';
import { TopUpPanel } from '../components/top-up-panel.tsx';
import { useMoney } from '../components/use-money.ts';

/** The organisation's wallet (M9): balance, subscriptions, top-up, and every movement with its voucher. */
export function WalletPage() {
  return <RequireActiveOrganisation>{() => <WalletView />}</RequireActiveOrganisation>;
}

function WalletView() {
  const { t } = useTranslation('wallet');
  const money = useMoney();
  const [params] = useSearchParams();
  const paymentId = params.get('payment');
  const [query, setQuery] = useState<TMovementQueryParams>({
    sort: 'createdAt',
    order: 'desc',
    page: 1,
    pageSize: 25,
  });
  const wallet = useWallet(query);
  if (wallet.isPending) {
    return (
      <Center mt="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (!wallet.data) return <ErrorAlert error={wallet.error} />;
  const data = wallet.data;
  return (
    <Stack maw={1200} mx="auto">
      <Title order={2}>{t('title')}</Title>
      {paymentId && <PaymentReturnNotice paymentId={paymentId} />}
      <Card withBorder>
        <Group justify="space-between" align="flex-end">
          <div>
            <Text c="dimmed" size="sm">
              {t('balance')}
            </Text>
            <Text fz={32} fw={700} data-testid="wallet-balance">
              {money(data.balanceCents)}
            </Text>
          </div>
          <Text size="sm" c="dimmed" maw={520}>
            {t('priceNote', {
              net: money(data.prices.transactionVigilance.netCents),
              gross: money(data.prices.transactionVigilance.grossCents),
            })}
          </Text>
        </Group>
      </Card>
      <TopUpPanel wallet={data} />
      <Divider />
      <SubscriptionsPanel wallet={data} />
      <Divider />
      <MovementsTable wallet={data} query={query} onChange={setQuery} />
      <Divider />
      <InvoicesPanel canSee={data.canSpend} />
    </Stack>
  );
}
