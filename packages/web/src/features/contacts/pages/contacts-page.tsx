import {
  Anchor,
  Button,
  Center,
  Group,
  Loader,
  Pagination,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { TContactListQuery } from '@vigilo/domain/contracts/contacts.ts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDate } from '../../../components/format-date.ts';
import { RequireActiveOrganisation } from '../../organisations/components/require-active-organisation.tsx';
import { useContacts } from '../api/contacts.ts';
import { ContactStatusBadge, VigilanceBadge } from '../components/contact-badges.tsx';
import { ContactFilters, type TFilterValues } from '../components/contact-filters.tsx';
import { formatEnterpriseNumber } from '../components/contact-values.ts';

const pageSize = 25;
const filterKeys = [
  'kind',
  'status',
  'vigilance',
  'reviewDue',
  'createdBy',
  'createdFrom',
  'createdTo',
  'sort',
] as const;

/** Every party the agency deals with: searched and filtered on the server, kept in the address bar. */
export function ContactsPage() {
  return <RequireActiveOrganisation>{() => <ContactsList />}</RequireActiveOrganisation>;
}

function ContactsList() {
  const { t, i18n } = useTranslation('contacts');
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const filters = Object.fromEntries(filterKeys.map((k) => [k, params.get(k) ?? ''])) as TFilterValues;
  const page = Number(params.get('page') ?? '1') || 1;
  const update = (patch: Partial<Record<string, string>>, resetPage = true) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (resetPage) next.delete('page');
    setParams(next, { replace: true });
  };
  // The search box writes to the address bar once typing pauses.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text triggers it
  useEffect(() => {
    if ((params.get('q') ?? '') !== debounced) update({ q: debounced });
  }, [debounced]);
  const query = {
    ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== '')),
    ...(params.get('q') ? { q: params.get('q')! } : {}),
    sort: (filters.sort || '-created') as TContactListQuery['sort'],
    page,
    pageSize,
  } as Partial<TContactListQuery>;
  const contacts = useContacts(query);
  const total = contacts.data?.total ?? 0;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <Stack maw={1300} mx="auto">
      <Group justify="space-between">
        <Title order={2}>{t('list.title')}</Title>
        <Group>
          <Button component={Link} to="/contacts/new?kind=person" data-testid="new-person">
            {t('list.newPerson')}
          </Button>
          <Button component={Link} to="/contacts/new?kind=entity" variant="light" data-testid="new-entity">
            {t('list.newEntity')}
          </Button>
          <Button component={Link} to="/contacts/import" variant="subtle" data-testid="import-contacts">
            {t('contact-imports:importButton')}
          </Button>
        </Group>
      </Group>
      <TextInput
        name="q"
        label={t('list.search')}
        description={t('list.searchHint')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        data-testid="contacts-search"
      />
      <ContactFilters value={filters} onChange={update} />
      <ErrorAlert error={contacts.error} />
      {contacts.isPending ? (
        <Center>
          <Loader aria-label={t('common:loading')} />
        </Center>
      ) : (
        <>
          <Text size="sm" c="dimmed" data-testid="contacts-total">
            {contacts.data?.totalCapped
              ? t('list.totalCapped', { count: total })
              : t('list.total', { count: total })}
          </Text>
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing="sm" data-testid="contacts">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('list.columns.name')}</Table.Th>
                  <Table.Th>{t('list.columns.kind')}</Table.Th>
                  <Table.Th>{t('list.columns.status')}</Table.Th>
                  <Table.Th>{t('list.columns.vigilance')}</Table.Th>
                  <Table.Th>{t('list.columns.reviewDue')}</Table.Th>
                  <Table.Th>{t('list.columns.createdBy')}</Table.Th>
                  <Table.Th>{t('list.columns.createdAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {contacts.data?.items.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={7}>
                      <Text c="dimmed">{t('list.empty')}</Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {contacts.data?.items.map((c) => (
                  <Table.Tr key={c.id} data-testid="contact-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/contacts/${c.id}`} fw={500}>
                        {c.displayName}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {[c.enterpriseNumber && formatEnterpriseNumber(c.enterpriseNumber), c.city]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t(`options.kind.${c.kind}`)}</Table.Td>
                    <Table.Td>
                      <ContactStatusBadge status={c.status} />
                    </Table.Td>
                    <Table.Td>
                      <VigilanceBadge level={c.vigilanceLevel} />
                    </Table.Td>
                    <Table.Td c={c.reviewDueAt && c.reviewDueAt <= today ? 'red' : undefined}>
                      {c.reviewDueAt ? formatDate(c.reviewDueAt, i18n.language) : '—'}
                    </Table.Td>
                    <Table.Td>{c.createdByName ?? '—'}</Table.Td>
                    <Table.Td>{formatDate(c.createdAt, i18n.language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {total > pageSize && (
            <Group justify="center">
              <Pagination
                total={Math.ceil(total / pageSize)}
                value={page}
                onChange={(p) => update({ page: String(p) }, false)}
              />
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
