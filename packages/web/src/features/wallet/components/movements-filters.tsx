import { Button, Group, Select, TextInput } from '@mantine/core';
import {
  movementKinds,
  type TMovementListQuery,
  type TMovementQueryParams,
  type TWalletResponse,
} from '@vigilo/domain/contracts/wallet.ts';
import { parseMoney } from '@vigilo/domain/money/index.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field.tsx';
import { productKey } from './use-money.ts';

type TProps = {
  query: TMovementQueryParams;
  options: TWalletResponse['filterOptions'];
  onChange: (query: TMovementQueryParams) => void;
};

/** Filters of the movements table: kind, product, user, dates and amount range (incl. VAT). */
export function MovementsFilters({ query, options, onChange }: TProps) {
  const { t, i18n } = useTranslation('wallet');
  const [min, setMin] = useState('');
  const [max, setMax] = useState('');
  const set = (patch: Partial<TMovementListQuery>) => onChange({ ...query, ...patch, page: 1 });
  const cents = (value: string) => {
    const parsed = parseMoney(value, { locale: `${i18n.language}-BE` as 'fr-BE', allowNegative: true });
    return parsed.ok ? parsed.value : undefined;
  };
  const productLabel = (product: string) => {
    const { key, plan } = productKey(product);
    return t(key, {
      plan: plan ? t(`plans.${plan}`, { defaultValue: plan }) : undefined,
      defaultValue: product,
    });
  };
  return (
    <Group align="flex-end" wrap="wrap" data-testid="movements-filters">
      <Select
        label={t('filters.kind')}
        clearable
        data={movementKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        value={query.kind ?? null}
        onChange={(kind) => set({ kind: (kind as TMovementListQuery['kind']) ?? undefined })}
        w={190}
      />
      <Select
        label={t('filters.product')}
        clearable
        data={options.products.map((product) => ({ value: product, label: productLabel(product) }))}
        value={query.product ?? null}
        onChange={(product) => set({ product: product ?? undefined })}
        w={240}
        data-testid="filter-product"
      />
      <Select
        label={t('filters.user')}
        clearable
        data={options.users.map((u) => ({ value: u.id, label: u.name }))}
        value={query.userId ?? null}
        onChange={(userId) => set({ userId: userId ?? undefined })}
        w={190}
      />
      <DateField
        label={t('filters.from')}
        value={query.from ?? ''}
        onChange={(day) => set({ from: day || undefined })}
      />
      <DateField
        label={t('filters.to')}
        value={query.to ?? ''}
        onChange={(day) => set({ to: day || undefined })}
      />
      <TextInput
        label={t('filters.minAmount')}
        value={min}
        w={110}
        onChange={(e) => setMin(e.currentTarget.value)}
      />
      <TextInput
        label={t('filters.maxAmount')}
        value={max}
        w={110}
        onChange={(e) => setMax(e.currentTarget.value)}
      />
      <Button
        variant="default"
        onClick={() => set({ minAmountCents: cents(min), maxAmountCents: cents(max) })}
      >
        {t('filters.apply')}
      </Button>
    </Group>
  );
}
