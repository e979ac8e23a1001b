import { Button, Group, Select, TextInput } from '@mantine/core';
import { auditSubjectFilters, type TAuditListQuery } from '@vigilo/domain/contracts/records.ts';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field.tsx';
import { useAuditFacets } from '../api/records.ts';

export type TAuditFilters = Partial<Omit<TAuditListQuery, 'page' | 'pageSize'>>;

/** Filters of the audit viewer: subject (and its id), user, action, period. */
export function AuditFilters({
  value,
  onChange,
}: {
  value: TAuditFilters;
  onChange: (next: TAuditFilters) => void;
}) {
  const { t } = useTranslation('records');
  const facets = useAuditFacets();
  const set = (patch: TAuditFilters) => onChange({ ...value, ...patch });
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Select
        label={t('audit.filters.subject')}
        placeholder={t('audit.filters.any')}
        clearable
        data={auditSubjectFilters.map((s) => ({ value: s, label: t(`audit.subjects.${s}`) }))}
        value={value.subject ?? null}
        onChange={(subject) => set({ subject: (subject as TAuditFilters['subject']) ?? undefined })}
        data-testid="filter-subject"
        w={180}
      />
      <TextInput
        label={t('audit.filters.subjectId')}
        value={value.subjectId ?? ''}
        onChange={(e) => set({ subjectId: e.currentTarget.value || undefined })}
        w={300}
      />
      <Select
        label={t('audit.filters.user')}
        placeholder={t('audit.filters.any')}
        clearable
        searchable
        data={(facets.data?.users ?? []).map((u) => ({ value: u.id, label: u.name }))}
        value={value.actorUserId ?? null}
        onChange={(actorUserId) => set({ actorUserId: actorUserId ?? undefined })}
        data-testid="filter-user"
        w={200}
      />
      <Select
        label={t('audit.filters.action')}
        placeholder={t('audit.filters.any')}
        clearable
        searchable
        data={(facets.data?.actions ?? []).map((action) => ({
          value: action,
          label: t(`audit:actions.${action}`, { actor: t('audit:someone') }),
        }))}
        value={value.action ?? null}
        onChange={(action) => set({ action: action ?? undefined })}
        data-testid="filter-action"
        w={240}
      />
      <DateField
        label={t('audit.filters.from')}
        value={value.from ?? ''}
        onChange={(day) => set({ from: day || undefined })}
      />
      <DateField
        label={t('audit.filters.to')}
        value={value.to ?? ''}
        onChange={(day) => set({ to: day || undefined })}
      />
      <Button variant="subtle" onClick={() => onChange({})}>
        {t('audit.filters.reset')}
      </Button>
    </Group>
  );
}
