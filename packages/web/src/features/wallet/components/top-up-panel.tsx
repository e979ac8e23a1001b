import { Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { TWalletResponse } from '@vigilo/domain/contracts/wallet.ts';
import { parseMoney } from '@vigilo/domain/money/index.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { errorCode } from '../../../components/form-errors.ts';
import { newIdempotencyKey, useStartTopUp, useTransferInstructions } from '../api/wallet.ts';
import { useMoney } from './use-money.ts';

/** "Charger": online payment (Bancontact / Maestro, from €50) or bank transfer with the structured communication. */
export function TopUpPanel({ wallet }: { wallet: TWalletResponse }) {
  const { t, i18n } = useTranslation('wallet');
  const money = useMoney();
  const start = useStartTopUp();
  const transfer = useTransferInstructions();
  const [amount, setAmount] = useState('');
  const [key] = useState(newIdempotencyKey);
  const [inputError, setInputError] = useState<string | null>(null);
  const minimum = wallet.prices.onlineTopUpMinimumCents;
  const submit = () => {
    const parsed = parseMoney(amount, { locale: `${i18n.language}-BE` as 'fr-BE' });
    if (!parsed.ok) return setInputError(t('topUp.invalidAmount'));
    if (parsed.value < minimum) return setInputError(t('topUp.belowMinimum', { minimum: money(minimum) }));
    setInputError(null);
    start.mutate(
      { amountCents: parsed.value, idempotencyKey: `${key}-${parsed.value}` },
      { onSuccess: (payment) => window.location.assign(payment.checkoutUrl) },
    );
  };
  const code = errorCode(start.error);
  return (
    <Stack>
      <Title order={3}>{t('topUp.title')}</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <Stack>
              <Text fw={700}>{t('topUp.online')}</Text>
              <Text size="sm" c="dimmed">
                {t('topUp.onlineHint', { minimum: money(minimum) })}
              </Text>
              {wallet.canSpend ? (
                <>
                  <TextInput
                    name="topUpAmount"
                    label={t('topUp.amount')}
                    description={t('topUp.amountHint', { minimum: money(minimum) })}
                    value={amount}
                    inputMode="decimal"
                    onChange={(e) => setAmount(e.currentTarget.value)}
                    error={
                      inputError ??
                      (code === 'top_up_below_minimum'
                        ? t('topUp.belowMinimum', { minimum: money(minimum) })
                        : undefined)
                    }
                  />
                  {code && code !== 'top_up_below_minimum' && <ErrorAlert error={start.error} />}
                  <Group justify="flex-end">
                    <Button type="submit" loading={start.isPending} data-testid="start-top-up">
                      {t('topUp.pay')}
                    </Button>
                  </Group>
                </>
              ) : (
                <Text size="sm">{t('topUp.whoMayTopUp')}</Text>
              )}
            </Stack>
          </form>
        </Card>
        <Card withBorder data-testid="transfer-instructions">
          <Stack gap={6}>
            <Text fw={700}>{t('topUp.transfer')}</Text>
            <Text size="sm" c="dimmed">
              {t('topUp.transferHint')}
            </Text>
            <ErrorAlert error={transfer.error} />
            {transfer.data && (
              <>
                <Text size="sm">{t('topUp.beneficiary', { name: transfer.data.beneficiaryName })}</Text>
                <Text size="sm">{t('topUp.iban', { iban: transfer.data.iban })}</Text>
                {transfer.data.bic && <Text size="sm">{t('topUp.bic', { bic: transfer.data.bic })}</Text>}
                <Text size="sm">{t('topUp.communication')}</Text>
                <Text ff="monospace" fw={700} size="lg" data-testid="structured-communication">
                  {transfer.data.structuredCommunication}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('topUp.transferDelay')}
                </Text>
              </>
            )}
          </Stack>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
