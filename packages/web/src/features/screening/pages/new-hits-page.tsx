import { Anchor, Badge, Center, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../components/format-date.ts';
import { useAmlStatus } from '../../aml/api/aml-status.ts';
import { FreshnessWarning } from '../../list-freshness/components/freshness-warning.tsx';
import { RequireActiveOrganisation } from '../../organisations/components/require-active-organisation.tsx';
import { useNewHits } from '../api/screening.ts';
import { useListName } from '../components/use-list-name.ts';
import { useScoreFormat } from '../components/use-score-format.ts';
import { WatchlistUpload } from '../components/watchlist-upload.tsx';

/**
 * `/screening/new-hits`: the hits raised by the continuous re-screening after the latest list updates
 * (B1), each leading to the contact where it is explained and dispositioned; the officer's watch list.
 */
export function NewHitsPage() {
  return <RequireActiveOrganisation>{() => <NewHits />}</RequireActiveOrganisation>;
}

function NewHits() {
  const { t, i18n } = useTranslation('screening');
  const status = useAmlStatus();
  const hits = useNewHits();
  const listName = useListName();
  const { percent } = useScoreFormat();
  const isOfficer = status.data?.myToolRole === 'officer';
  return (
    <Stack maw={1200} mx="auto">
      <Title order={2}>{t('newHits.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('newHits.intro')}
      </Text>
      <ErrorAlert error={hits.error} />
      <FreshnessWarning />
      <Paper withBorder p="md">
        {hits.isPending ? (
          <Center>
            <Loader aria-label={t('common:loading')} />
          </Center>
        ) : (
          <Table.ScrollContainer minWidth={800}>
            <Table striped data-testid="new-hits">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('newHits.contact')}</Table.Th>
                  <Table.Th>{t('newHits.matchedName')}</Table.Th>
                  <Table.Th>{t('newHits.list')}</Table.Th>
                  <Table.Th ta="right">{t('newHits.score')}</Table.Th>
                  <Table.Th>{t('newHits.disposition')}</Table.Th>
                  <Table.Th>{t('newHits.screenedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {hits.data?.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>
                      <Text c="dimmed">{t('newHits.empty')}</Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {hits.data?.map((h) => (
                  <Table.Tr key={h.hitId} data-testid="new-hit">
                    <Table.Td>
                      <Anchor component={Link} to={`/contacts/${h.contactId}`} fw={500}>
                        {h.contactName}
                      </Anchor>
                      {h.partyName && (
                        <Text size="xs" c="dimmed">
                          {t('hit.party', { party: h.partyName })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{h.matchedName}</Table.Td>
                    <Table.Td>{t('hit.entry', { list: listName(h.list), entryId: h.entryId })}</Table.Td>
                    <Table.Td ta="right">{percent(h.score)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={h.disposition === 'open' ? 'orange' : 'gray'}>
                        {t(`hit.dispositions.${h.disposition}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{formatDateTime(h.screenedAt, i18n.language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      {isOfficer && <WatchlistUpload />}
    </Stack>
  );
}
