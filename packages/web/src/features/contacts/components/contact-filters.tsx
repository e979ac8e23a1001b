import { Select, SimpleGrid } from '@mantine/core';
import { contactStatuses, vigilanceLevels } from '@vigilo/domain/contracts/contacts.ts';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field.tsx';
import { useMembers } from '../../organisations/api/members.ts';

export type TFilterValues = {
  kind: string;
  status: string;
  vigilance: string;
  reviewDue: string;
  createdBy: string;
  createdFrom: string;
  createdTo: string;
  sort: string;
};

type TProps = { value: TFilterValues; onChange: (patch: Partial<TFilterValues>) => void };

const sorts = ['-created', 'created', 'name', '-name'] as const;

/** The filters of the Contacts page (type, vigilance, status, review due, author, creation dates, order). */
export function ContactFilters({ value, onChange }: TProps) {
  const { t } = useTranslation('contacts');
  const members = useMembers();
  const select = (key: keyof TFilterValues, data: { value: string; label: string }[]) => ({
    'data-testid': `filter-${key}`,
    data,
    value: value[key] || (key === 'sort' ? '-created' : null),
    clearable: key !== 'sort',
    placeholder: t('list.any'),
    onChange: (v: string | null) => onChange({ [key]: v ?? '' }),
  });
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }}>
      <Select
        label={t('list.filters.kind')}
        {...select('kind', [
          { value: 'person', label: t('options.kind.person') },
          { value: 'entity', label: t('options.kind.entity') },
        ])}
      />
      <Select
        label={t('list.filters.vigilance')}
        {...select(
          'vigilance',
          vigilanceLevels.map((v) => ({ value: v, label: t(`risk:risk.level.${v}`) })),
        )}
      />
      <Select
        label={t('list.filters.status')}
        {...select(
          'status',
          contactStatuses.map((s) => ({ value: s, label: t(`options.status.${s}`) })),
        )}
      />
      <Select
        label={t('list.filters.reviewDue')}
        {...select('reviewDue', [
          { value: 'true', label: t('list.filters.reviewDueYes') },
          { value: 'false', label: t('list.filters.reviewDueNo') },
        ])}
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
