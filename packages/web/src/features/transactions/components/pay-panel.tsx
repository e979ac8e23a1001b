import { Alert, Anchor, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ApiError } from '../../../lib/api.ts';
import { type TTransactionPrice, useTransactionPrice } from '../api/transaction-price.ts';
import type { usePayAndCompute } from '../api/transactions.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import { useMoney } from './use-money.ts';

type TProps = {
  /** Saves the answers still being typed; false when they could not be saved. */
  beforePay(): Promise<boolean>;
  pay: ReturnType<typeof usePayAndCompute>;
};

/** What the calculation will cost, in words: covered by the subscription, or the price from the wallet. */
function PriceText({ price }: { price: TTransactionPrice | undefined }) {
  const { t } = useTranslation('transactions');
  const money = useMoney();
  if (!price) return <Text size="sm">{t('pay.priceGeneric')}</Text>;
  if (price.kind === 'covered')
    return (
      <Text size="sm" data-testid="pay-price">
        {t('pay.covered')}
      </Text>
    );
  return (
    <Stack gap={4}>
      <Text size="sm" data-testid="pay-price">
        {t('pay.price', { net: money(price.netCents), gross: money(price.grossCents) })}
      </Text>
      <Text size="xs" c="dimmed" data-testid="wallet-balance">
        {t('pay.balance', { balance: money(price.balanceCents) })}
      </Text>
      {price.balanceCents < price.grossCents && (
        <Alert color="yellow" variant="light" data-testid="balance-low">
          {t('pay.balanceLow')}{' '}
          <Anchor component={Link} to="/wallet">
            {t('pay.topUp')}
          </Anchor>
        </Alert>
      )}
    </Stack>
  );
}

/** The refusal of a payment the wallet cannot cover: the missing amount and the way to the wallet. */
function InsufficientBalance({ error }: { error: ApiError }) {
  const { t } = useTranslation('transactions');
  const money = useMoney();
  const missing = (error.body as { missingCents?: unknown }).missingCents;
  return (
    <Alert color="red" role="alert" data-testid="insufficient-balance">
      <Stack gap={4}>
        <Text size="sm">{t('errors:insufficient_balance')}</Text>
        {typeof missing === 'number' && (
          <Text size="sm">{t('wallet:errors.missing', { amount: money(missing) })}</Text>
        )}
        <Anchor component={Link} to="/wallet" data-testid="top-up-link">
          {t('pay.topUp')}
        </Anchor>
      </Stack>
    </Alert>
  );
}

/**
 * "Pay and continue" (M9): shows the price, asks for confirmation, then debits the wallet (or uses the
 * subscription) and computes the vigilance level in one step. One idempotency key per payment, kept
 * until the server has answered for sure, so a retried click is never charged twice.
 */
export function PayPanel({ beforePay, pay }: TProps) {
  const { t } = useTranslation('transactions');
  const money = useMoney();
  const price = useTransactionPrice(true);
  const [confirming, setConfirming] = useState(false);
  const key = useRef<string | null>(null);
  const send = async () => {
    if (!(await beforePay())) {
      setConfirming(false);
      return;
    }
    key.current ??= newIdempotencyKey();
    pay.mutate(key.current, {
      onSuccess: () => {
        key.current = null;
        setConfirming(false);
      },
      onError: (error) => {
        // A refusal (e.g. insufficient balance) charged nothing: the next click is a new payment. After a
        // network or server failure the outcome is unknown, so the next click re-sends the same key.
        if (error instanceof ApiError && error.status < 500) key.current = null;
        setConfirming(false);
      },
    });
  };
  const insufficient = pay.error instanceof ApiError && pay.error.body.code === 'insufficient_balance';
  const confirmText =
    price.data?.kind === 'covered'
      ? t('pay.confirmCovered')
      : price.data
        ? t('pay.confirmCharge', { gross: money(price.data.grossCents) })
        : t('pay.confirmGeneric');
  return (
    <Paper withBorder p="md" data-testid="pay-panel">
      <Stack>
        <Title order={4}>{t('pay.title')}</Title>
        <Text size="sm">{t('pay.intro')}</Text>
        <PriceText price={price.data} />
        {insufficient ? (
          <InsufficientBalance error={pay.error as ApiError} />
        ) : (
          <ErrorAlert error={pay.error} />
        )}
        <Group justify="flex-end">
          <Button onClick={() => setConfirming(true)} loading={pay.isPending} data-testid="pay">
            {t('pay.button')}
          </Button>
        </Group>
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('pay.confirmTitle')}>
        <Stack>
          <Text size="sm">{confirmText}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common:actions.cancel')}
            </Button>
            <Button onClick={send} loading={pay.isPending} data-testid="pay-confirm">
              {t('pay.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
