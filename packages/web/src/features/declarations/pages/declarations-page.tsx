import {
  Anchor,
  Badge,
  Center,
  Group,
  Loader,
  Pagination,
  Paper,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import type { TDeclarationItem } from '@vigilo/domain/contracts/risk.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../components/format-date.ts';
import { useAmlStatus } from '../../aml/api/aml-status.ts';
import { VigilanceBadge } from '../../contacts/components/contact-badges.tsx';
import { RequireActiveOrganisation } from '../../organisations/components/require-active-organisation.tsx';
import { CaseTimeline } from '../../risk/components/case-timeline.tsx';
import { DecisionStatusBadge } from '../../risk/components/decision-status-badge.tsx';
import { type TDeclarationsFilter, useDeclarations } from '../api/declarations.ts';

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
 * The Declarations page (M6): every case declared to the AML officer with its timeline. The officer
 * starts on what awaits their decision; collaborators follow their cases under "all".
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
            <DeclarationList filter={filter} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

function DeclarationList({ filter }: { filter: TDeclarationsFilter }) {
  const { t } = useTranslation('declarations');
  const [page, setPage] = useState(1);
  const list = useDeclarations(filter, page, pageSize);
  if (list.isPending) {
    return (
      <Center>
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (!list.data) return <ErrorAlert error={list.error} />;
  const total = list.data.total;
  return (
    <Stack data-testid={`declarations-${filter}`}>
      {list.data.items.length === 0 && <Text c="dimmed">{t('page.empty')}</Text>}
      {list.data.items.map((item) => (
        <DeclarationCard key={`${item.subjectType}-${item.subjectId}`} item={item} />
      ))}
      {total > pageSize && (
        <Group justify="center">
          <Pagination total={Math.ceil(total / pageSize)} value={page} onChange={setPage} />
        </Group>
      )}
    </Stack>
  );
}

function DeclarationCard({ item }: { item: TDeclarationItem }) {
  const { t, i18n } = useTranslation('declarations');
  return (
    <Paper withBorder p="md" data-testid="declaration">
      <Stack>
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Group gap="xs">
              <Badge variant="outline">{t(`page.subject.${item.subjectType}`)}</Badge>
              <Anchor component={Link} to={casePath(item)} fw={500} data-testid="declaration-link">
                {item.title}
              </Anchor>
            </Group>
            <Text size="xs" c="dimmed">
              {t('page.updatedAt', { date: formatDateTime(item.updatedAt, i18n.language) })}
            </Text>
          </Stack>
          <Group gap="xs">
            <VigilanceBadge level={item.level} />
            <DecisionStatusBadge status={item.status} />
            {item.reportedToCtif && (
              <Badge color="red" variant="filled">
                {t('timeline.ctifReport')}
              </Badge>
            )}
            {item.awaiting && (
              <Badge color="orange" variant="dot">
                {t(`page.awaiting.${item.awaiting}`)}
              </Badge>
            )}
          </Group>
        </Group>
        <CaseTimeline events={item.timeline} />
      </Stack>
    </Paper>
  );
}
