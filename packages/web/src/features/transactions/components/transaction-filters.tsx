import { Select, SimpleGrid } from '@mantine/core';
import { vigilanceLevels } from '@vigilo/domain/contracts/contacts.ts';
import { decisionStatuses } from '@vigilo/domain/contracts/risk.ts';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field.tsx';
import { useMembers } from '../../organisations/api/members.ts';

export const transactionFilterKeys = [
  'status',
  'vigilance',
  'createdBy',
  'createdFrom',
  'createdTo',
  'sort',
] as const;
export type TTransactionFilterValues = Record<(typeof transactionFilterKeys)[number], string>;

type TProps = {
  value: TTransactionFilterValues;
  onChange: (patch: Partial<TTransactionFilterValues>) => void;
};

const sorts = ['-created', 'created', 'reference', '-reference'] as const;

/** The filters of the Transactions page (status, vigilance, author, creation dates, order). */
export function TransactionFilters({ value, onChange }: TProps) {
  const { t } = useTranslation('transactions');
  const members = useMembers();
  const select = (key: keyof TTransactionFilterValues, data: { value: string; label: string }[]) => ({
    'data-testid': `filter-${key}`,
    data,
    value: value[key] || (key === 'sort' ? '-created' : null),
    clearable: key !== 'sort',
    placeholder: t('list.any'),
    onChange: (v: string | null) => onChange({ [key]: v ?? '' }),
  });
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }}>
      <Select
        label={t('list.filters.status')}
        {...select(
          'status',
          decisionStatuses.map((s) => ({ value: s, label: t(`declarations:status.${s}`) })),
        )}
      />
      <Select
        label={t('list.filters.vigilance')}
        {...select(
          'vigilance',
          vigilanceLevels.map((v) => ({ value: v, label: t(`levels.${v}`) })),
        )}
      />
      <Select
        label={t('list.filters.createdBy')}
        searchable
        {...select(
          'createdBy',
          (members.data ?? []).map((m) => ({ value: m.userId, label: `${m.firstName} ${m.lastName}` })),
        )}
      />
      <DateField
        label={t('list.filters.createdFrom')}
        value={value.createdFrom}
        onChange={(day) => onChange({ createdFrom: day })}
      />
      <DateField
        label={t('list.filters.createdTo')}
        value={value.createdTo}
        onChange={(day) => onChange({ createdTo: day })}
      />
      <Select
        label={t('list.filters.sort')}
        allowDeselect={false}
        {...select(
          'sort',
          sorts.map((s) => ({ value: s, label: t(`list.sort.${s}`) })),
        )}
      />
    </SimpleGrid>
  );
}
