import { Alert, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTopUpStatus } from '../api/wallet.ts';
import { useMoney } from './use-money.ts';

/** Back from the payment page: says whether the top-up was paid and credited. */
export function PaymentReturnNotice({ paymentId }: { paymentId: string }) {
  const { t } = useTranslation('wallet');
  const money = useMoney();
  const status = useTopUpStatus(paymentId);
  if (!status.data) return status.isPending ? <Loader size="sm" aria-label={t('common:loading')} /> : null;
  const { status: state, amountCents, credited } = status.data;
  if (credited) {
    return (
      <Alert color="green" data-testid="payment-credited">
        {t('payment.credited', { amount: money(amountCents) })}
      </Alert>
    );
  }
  return (
    <Alert color={state === 'open' ? 'blue' : 'orange'} data-testid="payment-status">
      {t(`payment.status.${state}`)}
    </Alert>
  );
}
