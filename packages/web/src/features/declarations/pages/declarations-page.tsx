import {
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Pagination,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import type { TDeclarationItem } from '@vigilo/domain/contracts/risk.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../components/format-date.ts';
import { useAmlStatus } from '../../aml/api/aml-status.ts';
import { VigilanceBadge } from '../../contacts/components/contact-badges.tsx';
import { useMembers } from '../../organisations/api/members.ts';
import { RequireActiveOrganisation } from '../../organisations/components/require-active-organisation.tsx';
import { DecisionStatusBadge } from '../../risk/components/decision-status-badge.tsx';
import {
  noCriteria,
  type TDeclarationsCriteria,
  type TDeclarationsFilter,
  useDeclarations,
} from '../api/declarations.ts';
import { DeclarationTimeline } from '../components/declaration-timeline.tsx';
import {
  daysSince,
  queueAges,
  queueStatuses,
  showsCtifBadge,
  sortDeclarations,
  type TSort,
  type TSortKey,
} from './declarations-sort.ts';

// Only the officer decides: a collaborator gets no "awaiting my decision" tab, only the open cases.
const officerTabs: TDeclarationsFilter[] = ['awaiting-officer', 'awaiting-ctif', 'all'];
const collaboratorTabs: TDeclarationsFilter[] = ['open', 'all'];
const pageSize = 20;

/** Where a case lives: a contact's risk profile or a transaction. */
export function casePath(item: Pick<TDeclarationItem, 'subjectType' | 'subjectId' | 'contactId'>): string {
  return item.subjectType === 'transaction'
    ? `/transactions/${item.subjectId}`
    : `/contacts/${item.contactId}/risk-profiles/${item.subjectId}`;
}

/**
 * The Declarations page (M6): the officer's queue as a compact table, one row per case (subject, kind,
 * status, who it waits for and how long), sortable by date and level, its timeline opened on demand.
 * The officer starts on what awaits their decision; collaborators follow their cases under "all".
 */
export function DeclarationsPage() {
  return <RequireActiveOrganisation>{() => <Declarations />}</RequireActiveOrganisation>;
}

function Declarations() {
  const { t } = useTranslation('declarations');
  const status = useAmlStatus();
  const isOfficer = status.data?.myToolRole === 'officer';
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as TDeclarationsFilter | null;
  const tabs = isOfficer ? officerTabs : collaboratorTabs;
  const tab = requested && tabs.includes(requested) ? requested : tabs[0]!;
  const [criteria, setCriteria] = useState<TDeclarationsCriteria>(noCriteria);
  if (status.isPending) {
    return (
      <Center mt="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  return (
    <Stack maw={1100} mx="auto">
      <Title order={2}>{t('page.title')}</Title>
      <Text c="dimmed" size="sm">
        {isOfficer ? t('page.introOfficer') : t('page.introCollaborator')}
      </Text>
      <QueueFilters value={criteria} onChange={setCriteria} byCollaborator={isOfficer} />
      <Tabs value={tab} onChange={(value) => value && setParams({ tab: value })} keepMounted={false}>
        <Tabs.List>
          {tabs.map((filter) => (
            <Tabs.Tab key={filter} value={filter} data-testid={`declarations-tab-${filter}`}>
              {t(`page.tabs.${filter}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((filter) => (
          <Tabs.Panel key={filter} value={filter} pt="md">
            <DeclarationList key={JSON.stringify(criteria)} filter={filter} criteria={criteria} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

/** The queue's filters: status, how long a case waits, and (for the officer) who declared it. */
function QueueFilters({
  value,
  onChange,
  byCollaborator,
}: {
  value: TDeclarationsCriteria;
  onChange: (next: TDeclarationsCriteria) => void;
  byCollaborator: boolean;
}) {
  const { t } = useTranslation('declarations');
  const members = useMembers();
  const select = (key: keyof TDeclarationsCriteria, data: { value: string; label: string }[]) => ({
    'data-testid': `declarations-filter-${key}`,
    data,
    value: value[key] || null,
    clearable: true,
    placeholder: t('queue.filters.any'),
    onChange: (v: string | null) => onChange({ ...value, [key]: v ?? '' }),
  });
  return (
    <SimpleGrid cols={{ base: 1, sm: byCollaborator ? 3 : 2 }}>
      <Select
        label={t('queue.filters.status')}
        {...select(
          'status',
          queueStatuses.map((s) => ({ value: s, label: t(`status.${s}`) })),
        )}
      />
      <Select
        label={t('queue.filters.age')}
        {...select(
          'olderThanDays',
          queueAges.map((days) => ({ value: days, label: t('queue.filters.olderThan', { days }) })),
        )}
      />
      {byCollaborator && (
        <Select
          label={t('queue.filters.declaredBy')}
          searchable
          {...select(
            'declaredBy',
            (members.data ?? []).map((m) => ({ value: m.userId, label: `${m.firstName} ${m.lastName}` })),
          )}
        />
      )}
    </SimpleGrid>
  );
}

function DeclarationList({
  filter,
  criteria,
}: {
  filter: TDeclarationsFilter;
  criteria: TDeclarationsCriteria;
}) {
  const { t } = useTranslation('declarations');
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<TSort>(null);
  const list = useDeclarations(filter, page, pageSize, true, criteria);
  if (list.isPending) {
    return (
      <Center>
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (!list.data) return <ErrorAlert error={list.error} />;
  const total = list.data.total;
  const now = Date.now();
  const sortBy = (key: TSortKey) =>
    setSort((current) => ({ key, descending: current?.key === key ? !current.descending : true }));
  const sortIcon = (key: TSortKey) => (sort?.key === key ? (sort.descending ? ' ↓' : ' ↑') : '');
  return (
    <Stack data-testid={`declarations-${filter}`}>
      {list.data.items.length === 0 ? (
        <Text c="dimmed">{t('page.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" data-testid="declarations-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('queue.columns.subject')}</Table.Th>
                <Table.Th>{t('queue.columns.status')}</Table.Th>
                <Table.Th>
                  <UnstyledButton onClick={() => sortBy('level')} data-testid="declarations-sort-level">
                    <Text size="sm" fw={700} span>
                      {t('queue.columns.level')}
                      {sortIcon('level')}
                    </Text>
                  </UnstyledButton>
                </Table.Th>
                <Table.Th>{t('queue.columns.awaiting')}</Table.Th>
                <Table.Th>
                  <UnstyledButton onClick={() => sortBy('updated')} data-testid="declarations-sort-updated">
                    <Text size="sm" fw={700} span>
                      {t('queue.columns.updated')}
                      {sortIcon('updated')}
                    </Text>
                  </UnstyledButton>
                </Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            {sortDeclarations(list.data.items, sort).map((item) => (
              <DeclarationRow key={`${item.subjectType}-${item.subjectId}`} item={item} now={now} />
            ))}
          </Table>
        </Table.ScrollContainer>
      )}
      {total > pageSize && (
        <Group justify="center">
          <Pagination total={Math.ceil(total / pageSize)} value={page} onChange={setPage} />
        </Group>
      )}
    </Stack>
  );
}

/** One case: a compact row, its timeline opened on demand below it. */
function DeclarationRow({ item, now }: { item: TDeclarationItem; now: number }) {
  const { t, i18n } = useTranslation('declarations');
  const [isOpen, setOpen] = useState(false);
  const days = daysSince(item.updatedAt, now);
  return (
    <Table.Tbody data-testid="declaration">
      <Table.Tr>
        <Table.Td>
          <Stack gap={2}>
            <Anchor component={Link} to={casePath(item)} fw={500} data-testid="declaration-link">
              {item.title}
            </Anchor>
            <Text size="xs" c="dimmed">
              {t(`page.subject.${item.subjectType}`)}
            </Text>
          </Stack>
        </Table.Td>
        <Table.Td>
          <Group gap={4}>
            <DecisionStatusBadge status={item.status} />
            {showsCtifBadge(item) && (
              <Badge color="red" variant="filled">
                {t('timeline.ctifReport')}
              </Badge>
            )}
          </Group>
        </Table.Td>
        <Table.Td>
          <VigilanceBadge level={item.level} />
        </Table.Td>
        <Table.Td>
          {item.awaiting ? (
            <Text size="sm" data-testid="declaration-awaiting">
              {t(`queue.awaiting.${item.awaiting}`)}
              <Text size="xs" c={days > 30 ? 'red' : 'dimmed'} span>
                {' · '}
                {t('queue.days', { count: days })}
              </Text>
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('queue.awaitingNobody')}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <Text size="sm">{formatDateTime(item.updatedAt, i18n.language)}</Text>
        </Table.Td>
        <Table.Td>
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => setOpen(!isOpen)}
            aria-expanded={isOpen}
            data-testid="declaration-timeline-toggle"
          >
            {isOpen ? t('queue.hideTimeline') : t('queue.showTimeline')}
          </Button>
        </Table.Td>
      </Table.Tr>
      {isOpen && (
        <Table.Tr>
          <Table.Td colSpan={6}>
            <DeclarationTimeline item={item} />
          </Table.Td>
        </Table.Tr>
      )}
    </Table.Tbody>
  );
}
