import { Alert, Button, Card, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useDecideTestCheckout, useTestCheckout } from '../api/test-checkout.ts';
import { useMoney } from '../components/use-money.ts';

/**
 * The built-in test payment provider's checkout (PAYMENT_PROVIDER=test): the payer confirms or cancels,
 * as on a real payment page; no money moves. A real provider (Mollie) shows its own page instead.
 */
export function TestCheckoutPage() {
  const { t } = useTranslation('wallet');
  const money = useMoney();
  const navigate = useNavigate();
  const externalId = useParams().externalId ?? '';
  const checkout = useTestCheckout(externalId);
  const decide = useDecideTestCheckout(externalId);
  if (checkout.isPending) {
    return (
      <Center mt="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (!checkout.data) return <ErrorAlert error={checkout.error} />;
  const choose = (decision: 'paid' | 'canceled') =>
    decide.mutate(decision, { onSuccess: (result) => navigate(result.redirectUrl) });
  return (
    <Center mt="xl">
      <Card withBorder maw={480} w="100%">
        <Stack>
          <Title order={3}>{t('testCheckout.title')}</Title>
          <Alert color="yellow">{t('testCheckout.warning')}</Alert>
          <Text>{checkout.data.description}</Text>
          <Text fz={28} fw={700} data-testid="checkout-amount">
            {money(checkout.data.amountCents)}
          </Text>
          <ErrorAlert error={decide.error} />
          {checkout.data.status === 'open' ? (
            <Group justify="flex-end">
              <Button variant="default" onClick={() => choose('canceled')} loading={decide.isPending}>
                {t('testCheckout.cancel')}
              </Button>
              <Button onClick={() => choose('paid')} loading={decide.isPending} data-testid="checkout-pay">
                {t('testCheckout.pay')}
              </Button>
            </Group>
          ) : (
            <Text c="dimmed">{t(`payment.status.${checkout.data.status}`)}</Text>
          )}
        </Stack>
      </Card>
    </Center>
  );
}
