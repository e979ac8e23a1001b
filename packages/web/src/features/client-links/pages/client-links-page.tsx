import {
  Anchor,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDate } from '../../../components/format-date.ts';
import { RequireActiveOrganisation } from '../../organisations/components/require-active-organisation.tsx';
import { useClientLinks, useCreateClientLink, useRevokeClientLink } from '../api/client-links.ts';

/** The agency's identification links: create one for a client, follow them, revoke, open a submission. */
export function ClientLinksPage() {
  return <RequireActiveOrganisation>{() => <ClientLinks />}</RequireActiveOrganisation>;
}

function ClientLinks() {
  const { t, i18n } = useTranslation('client-links');
  const links = useClientLinks();
  const create = useCreateClientLink();
  const revoke = useRevokeClientLink();
  const [kind, setKind] = useState<'person' | 'entity'>('person');
  const [language, setLanguage] = useState<'fr' | 'nl' | 'en'>('fr');
  return (
    <Stack maw={1100} mx="auto">
      <Title order={2}>{t('list.title')}</Title>
      <Text c="dimmed">{t('list.intro')}</Text>
      <Paper withBorder p="md">
        <Group align="end">
          <Select
            label={t('list.kind')}
            value={kind}
            onChange={(v) => setKind((v as 'person' | 'entity') ?? 'person')}
            data={[
              { value: 'person', label: t('kinds.person') },
              { value: 'entity', label: t('kinds.entity') },
            ]}
            data-testid="client-link-kind"
          />
          <Select
            label={t('list.language')}
            value={language}
            onChange={(v) => setLanguage((v as 'fr' | 'nl' | 'en') ?? 'fr')}
            data={(['fr', 'nl', 'en'] as const).map((l) => ({ value: l, label: t(`common:languages.${l}`) }))}
            data-testid="client-link-language"
          />
          <Button
            loading={create.isPending}
            onClick={() => create.mutate({ kind, language, expiresInDays: 14 })}
            data-testid="client-link-create"
          >
            {t('list.create')}
          </Button>
        </Group>
        {create.data && (
          <Stack gap={4} mt="md">
            <Text size="sm">{t('list.created')}</Text>
            <Group>
              <Code data-testid="client-link-url">{create.data.url}</Code>
              <CopyButton value={create.data.url}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="light" onClick={copy}>
                    {copied ? t('list.copied') : t('list.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        )}
        <ErrorAlert error={create.error ?? revoke.error} />
      </Paper>
      {/* A phone scrolls the table, never the page. */}
      <Table.ScrollContainer minWidth={560}>
        <Table data-testid="client-links">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('list.createdAt')}</Table.Th>
              <Table.Th>{t('list.kind')}</Table.Th>
              <Table.Th>{t('list.status')}</Table.Th>
              <Table.Th>{t('list.expiresAt')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(links.data ?? []).map((link) => (
              <Table.Tr key={link.id} data-testid="client-link-row">
                <Table.Td>{formatDate(link.createdAt, i18n.language)}</Table.Td>
                <Table.Td>{t(`kinds.${link.kind}`)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" data-testid="client-link-status">
                    {link.isExpired && (link.status === 'open' || link.status === 'returned')
                      ? t('statuses.expired')
                      : t(`statuses.${link.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{formatDate(link.expiresAt, i18n.language)}</Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="end">
                    {link.status === 'submitted' && (
                      <Anchor
                        component={Link}
                        to={`/client-links/${link.id}`}
                        data-testid="client-link-review"
                      >
                        {t('list.review')}
                      </Anchor>
                    )}
                    {(link.status === 'open' ||
                      link.status === 'returned' ||
                      link.status === 'submitted') && (
                      <Button size="xs" variant="subtle" color="red" onClick={() => revoke.mutate(link.id)}>
                        {t('list.revoke')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
