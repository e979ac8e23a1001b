import { Center, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { retentionListFilters, type TRetentionListQuery } from '@vigilo/domain/contracts/records.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { RequireActiveOrganisation } from '../../organisations/components/require-active-organisation.tsx';
import { useRetentionList } from '../api/records.ts';
import { RecordsNav } from '../components/records-nav.tsx';
import { RetentionActionModal, type TRetentionIntent } from '../components/retention-action-modal.tsx';
import { RetentionTable } from '../components/retention-table.tsx';

/**
 * The AML officer's retention page (M10): upcoming purges (ten years after the end of the relationship,
 * overdue ones first), ends proposed after inactivity, contacts under legal hold; from each row the
 * officer records or withdraws the end, extends the date with a reason, places or releases a hold, or
 * exports the contact's file.
 */
export function RetentionPage() {
  return <RequireActiveOrganisation>{() => <RetentionView />}</RequireActiveOrganisation>;
}

function RetentionView() {
  const { t } = useTranslation('records');
  // The cockpit links here with ?filter=proposals.
  const requested = useSearchParams()[0].get('filter') as TRetentionListQuery['filter'] | null;
  const [filter, setFilter] = useState<TRetentionListQuery['filter']>(
    requested && retentionListFilters.includes(requested) ? requested : 'upcoming',
  );
  const [intent, setIntent] = useState<TRetentionIntent | null>(null);
  const list = useRetentionList({ filter, withinDays: 365 });
  return (
    <Stack maw={1200} mx="auto">
      <Group justify="space-between">
        <Title order={2}>{t('retention.title')}</Title>
        <RecordsNav isOfficer />
      </Group>
      <Text c="dimmed" size="sm">
        {list.data
          ? t('retention.intro', { years: list.data.retentionYears, months: list.data.inactivityMonths })
          : t('retention.introShort')}
      </Text>
      <SegmentedControl
        value={filter}
        onChange={(value) => setFilter(value as TRetentionListQuery['filter'])}
        data={retentionListFilters.map((f) => ({ value: f, label: t(`retention.filters.${f}`) }))}
        data-testid="retention-filter"
      />
      {list.isPending ? (
        <Center>
          <Loader aria-label={t('common:loading')} />
        </Center>
      ) : list.data ? (
        <RetentionTable items={list.data.items} onAction={setIntent} />
      ) : (
        <ErrorAlert error={list.error} />
      )}
      <RetentionActionModal intent={intent} onClose={() => setIntent(null)} />
    </Stack>
  );
}
