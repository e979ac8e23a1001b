import { Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { TWalletResponse } from '@vigilo/domain/contracts/wallet.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDate } from '../../../components/format-date.ts';
import { newIdempotencyKey, useBuySubscription, useSubscriptions } from '../api/wallet.ts';
import { useMoney } from './use-money.ts';

type TPlan = TWalletResponse['prices']['plans'][number];

/** Subscriptions (M9): what the organisation has, and the plans on sale (bought from the wallet). */
export function SubscriptionsPanel({ wallet }: { wallet: TWalletResponse }) {
  const { t, i18n } = useTranslation('wallet');
  const money = useMoney();
  const subscriptions = useSubscriptions();
  const buy = useBuySubscription();
  const [choice, setChoice] = useState<{ plan: TPlan; key: string } | null>(null);
  const planName = (code: string) => t(`plans.${code}`, { defaultValue: code });
  const quota = (included: number | null) =>
    included === null ? t('subscriptions.unlimited') : t('subscriptions.transactions', { count: included });
  return (
    <Stack>
      <Title order={3}>{t('subscriptions.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('subscriptions.intro', { price: money(wallet.prices.transactionVigilance.netCents) })}
      </Text>
      <ErrorAlert error={subscriptions.error} />
      {subscriptions.data && subscriptions.data.length > 0 && (
        <Table data-testid="subscriptions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('subscriptions.plan')}</Table.Th>
              <Table.Th>{t('subscriptions.used')}</Table.Th>
              <Table.Th>{t('subscriptions.purchasedAt')}</Table.Th>
              <Table.Th>{t('subscriptions.expiresAt')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {subscriptions.data.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{planName(s.planCode)}</Table.Td>
                <Table.Td>
                  {s.includedTransactions === null
                    ? t('subscriptions.usedUnlimited', { used: s.usedTransactions })
                    : t('subscriptions.usedOf', {
                        used: s.usedTransactions,
                        included: s.includedTransactions,
                      })}
                </Table.Td>
                <Table.Td>{formatDate(s.purchasedAt, i18n.language)}</Table.Td>
                <Table.Td>{formatDate(s.expiresAt, i18n.language)}</Table.Td>
                <Table.Td>
                  <Badge color={s.isActive ? 'green' : 'gray'} variant="light">
                    {s.isActive ? t('subscriptions.active') : t('subscriptions.expired')}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {wallet.prices.plans.map((plan) => (
          <Card key={plan.code} withBorder data-testid={`plan-${plan.code}`}>
            <Stack gap={4}>
              <Text fw={700}>{planName(plan.code)}</Text>
              <Text size="sm">{quota(plan.includedTransactions)}</Text>
              <Text size="sm">{t('subscriptions.priceExcl', { price: money(plan.netCents) })}</Text>
              <Text size="xs" c="dimmed">
                {t('subscriptions.priceIncl', { price: money(plan.grossCents) })}
              </Text>
              {wallet.canSpend && (
                <Group justify="flex-end" mt="xs">
                  <Button
                    size="xs"
                    data-testid={`buy-${plan.code}`}
                    onClick={() => {
                      buy.reset();
                      setChoice({ plan, key: newIdempotencyKey() });
                    }}
                  >
                    {t('subscriptions.buy')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      {!wallet.canSpend && (
        <Text size="sm" c="dimmed">
          {t('subscriptions.whoMayBuy')}
        </Text>
      )}
      {choice && buy.error ? <ErrorAlert error={buy.error} /> : null}
      <ConfirmModal
        opened={choice !== null}
        title={t('subscriptions.confirmTitle', { plan: choice ? planName(choice.plan.code) : '' })}
        text={
          choice
            ? t('subscriptions.confirmText', {
                plan: planName(choice.plan.code),
                price: money(choice.plan.grossCents),
                balance: money(wallet.balanceCents),
              })
            : ''
        }
        confirmLabel={t('subscriptions.confirm')}
        loading={buy.isPending}
        onCancel={() => setChoice(null)}
        onConfirm={() =>
          choice &&
          buy.mutate(
            { planCode: choice.plan.code, idempotencyKey: choice.key },
            { onSettled: () => setChoice(null) },
          )
        }
      />
    </Stack>
  );
}
