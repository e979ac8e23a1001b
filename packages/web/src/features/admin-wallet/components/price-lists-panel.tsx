import { Badge, Button, Group, NumberInput, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import type { TPriceListVersion } from '@vigilo/domain/contracts/wallet.ts';
import { parseMoney } from '@vigilo/domain/money/index.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../components/format-date.ts';
import { useMoney } from '../../wallet/components/use-money.ts';
import { usePriceLists, usePublishPriceList } from '../api/admin-wallet.ts';

/** Price list versions (prices are data, M9) and the form for the next version. */
export function PriceListsPanel() {
  const { t, i18n } = useTranslation('wallet');
  const money = useMoney();
  const versions = usePriceLists();
  const current = versions.data?.find((v) => v.isCurrent);
  return (
    <Stack>
      <ErrorAlert error={versions.error} />
      <Table.ScrollContainer minWidth={760}>
        <Table striped data-testid="price-lists">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.prices.version')}</Table.Th>
              <Table.Th>{t('admin.prices.effectiveFrom')}</Table.Th>
              <Table.Th>{t('admin.prices.calculation')}</Table.Th>
              <Table.Th>{t('admin.prices.plans')}</Table.Th>
              <Table.Th>{t('admin.prices.vat')}</Table.Th>
              <Table.Th>{t('admin.prices.minimum')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.data?.map((v) => (
              <Table.Tr key={v.version}>
                <Table.Td>
                  {v.version} {v.isCurrent && <Badge variant="light">{t('admin.prices.current')}</Badge>}
                </Table.Td>
                <Table.Td>{formatDateTime(v.effectiveFrom, i18n.language)}</Table.Td>
                <Table.Td>{money(v.priceList.transactionVigilanceNetCents)}</Table.Td>
                <Table.Td>
                  {v.priceList.subscriptionPlans
                    .map((p) => `${t(`plans.${p.code}`, { defaultValue: p.code })} ${money(p.netCents)}`)
                    .join(' · ')}
                </Table.Td>
                <Table.Td>{(v.priceList.vatRateBasisPoints / 100).toFixed(2)}</Table.Td>
                <Table.Td>{money(v.priceList.onlineTopUpMinimumCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {current && <PublishPriceListForm base={current} />}
    </Stack>
  );
}

function PublishPriceListForm({ base }: { base: TPriceListVersion }) {
  const { t, i18n } = useTranslation('wallet');
  const publish = usePublishPriceList();
  const euros = (cents: number) => (cents / 100).toFixed(2).replace('.', i18n.language === 'en' ? '.' : ',');
  const [form, setForm] = useState({
    effectiveFrom: '',
    vatPercent: base.priceList.vatRateBasisPoints / 100,
    calculation: euros(base.priceList.transactionVigilanceNetCents),
    minimum: euros(base.priceList.onlineTopUpMinimumCents),
    validityMonths: base.priceList.subscriptionValidityMonths,
    plans: base.priceList.subscriptionPlans.map((p) => ({ ...p, price: euros(p.netCents) })),
  });
  const [invalid, setInvalid] = useState(false);
  const cents = (value: string) => {
    const parsed = parseMoney(value, { locale: `${i18n.language}-BE` as 'fr-BE' });
    return parsed.ok ? parsed.value : null;
  };
  const submit = () => {
    const calculation = cents(form.calculation);
    const minimum = cents(form.minimum);
    const plans = form.plans.map((p) => ({
      code: p.code,
      includedTransactions: p.includedTransactions,
      netCents: cents(p.price),
    }));
    if (
      !form.effectiveFrom ||
      calculation === null ||
      minimum === null ||
      plans.some((p) => p.netCents === null)
    ) {
      return setInvalid(true);
    }
    setInvalid(false);
    publish.mutate({
      effectiveFrom: new Date(form.effectiveFrom).toISOString(),
      vatRateBasisPoints: Math.round(form.vatPercent * 100),
      transactionVigilanceNetCents: calculation,
      onlineTopUpMinimumCents: minimum,
      subscriptionValidityMonths: form.validityMonths,
      subscriptionPlans: plans.map((p) => ({ ...p, netCents: p.netCents as number })),
    });
  };
  return (
    <Paper withBorder p="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack>
          <Text fw={700}>{t('admin.prices.newVersion')}</Text>
          <Text size="sm" c="dimmed">
            {t('admin.prices.newVersionHint')}
          </Text>
          {invalid && <Text c="red">{t('admin.prices.invalid')}</Text>}
          <ErrorAlert error={publish.error} />
          {publish.isSuccess && (
            <Text c="green">{t('admin.prices.published', { version: publish.data.version })}</Text>
          )}
          <Group grow align="flex-start">
            <TextInput
              type="datetime-local"
              label={t('admin.prices.effectiveFrom')}
              value={form.effectiveFrom}
              onChange={(e) => setForm({ ...form, effectiveFrom: e.currentTarget.value })}
            />
            <NumberInput
              label={t('admin.prices.vat')}
              value={form.vatPercent}
              min={0}
              max={100}
              decimalScale={2}
              onChange={(v) => setForm({ ...form, vatPercent: Number(v) })}
            />
            <TextInput
              label={t('admin.prices.calculation')}
              value={form.calculation}
              onChange={(e) => setForm({ ...form, calculation: e.currentTarget.value })}
            />
            <TextInput
              label={t('admin.prices.minimum')}
              value={form.minimum}
              onChange={(e) => setForm({ ...form, minimum: e.currentTarget.value })}
            />
            <NumberInput
              label={t('admin.prices.validity')}
              value={form.validityMonths}
              min={1}
              max={60}
              onChange={(v) => setForm({ ...form, validityMonths: Number(v) })}
            />
          </Group>
          {form.plans.map((plan, index) => (
            <Group key={plan.code} grow>
              <TextInput
                label={t('admin.prices.plan')}
                value={t(`plans.${plan.code}`, { defaultValue: plan.code })}
                readOnly
              />
              <NumberInput
                label={t('admin.prices.included')}
                description={t('admin.prices.includedHint')}
                value={plan.includedTransactions ?? ''}
                min={1}
                onChange={(v) => {
                  const plans = [...form.plans];
                  plans[index] = { ...plan, includedTransactions: v === '' ? null : Number(v) };
                  setForm({ ...form, plans });
                }}
              />
              <TextInput
                label={t('admin.prices.planPrice')}
                value={plan.price}
                onChange={(e) => {
                  const plans = [...form.plans];
                  plans[index] = { ...plan, price: e.currentTarget.value };
                  setForm({ ...form, plans });
                }}
              />
            </Group>
          ))}
          <Group justify="flex-end">
            <Button type="submit" loading={publish.isPending}>
              {t('admin.prices.publish')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
