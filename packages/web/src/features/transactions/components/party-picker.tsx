import { Anchor, Badge, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { partyRoles } from '@vigilo/domain/contracts/transactions.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type TPartyCandidate, usePartyCandidates } from '../api/transactions.ts';

export type TPartyRole = (typeof partyRoles)[number];

type TProps = {
  selectedIds: string[];
  onAdd: (candidate: TPartyCandidate, role: TPartyRole) => void;
};

/**
 * Finds contacts to add as parties. Only a contact whose current version has an accepted risk profile and
 * is not used by another transaction may be added (M7); the others are shown greyed with the reason, so
 * the collaborator knows what to do (e.g. update the contact first).
 */
export function PartyPicker({ selectedIds, onAdd }: TProps) {
  const { t } = useTranslation('transactions');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const candidates = usePartyCandidates(debounced);
  const items = (candidates.data ?? []).filter((c) => !selectedIds.includes(c.contactId));
  return (
    <Stack gap="xs">
      <TextInput
        name="partySearch"
        label={t('form.partySearch')}
        description={t('form.partySearchHint')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        data-testid="party-search"
      />
      {items.length === 0 && !candidates.isFetching && (
        <Text size="sm" c="dimmed">
          {t('form.noCandidates')}
        </Text>
      )}
      {items.map((c) => (
        <Paper
          key={c.contactId}
          withBorder
          p="xs"
          data-testid="candidate"
          data-eligible={c.eligible ? 'true' : 'false'}
          style={c.eligible ? undefined : { opacity: 0.6 }}
          bg={c.eligible ? undefined : 'gray.0'}
        >
          <Group justify="space-between" gap="xs">
            <Stack gap={2}>
              <Group gap="xs">
                <Text fw={500} c={c.eligible ? undefined : 'dimmed'}>
                  {c.displayName}
                </Text>
                <Badge size="xs" variant="outline" color="gray">
                  {t(`form.kind.${c.kind}`)}
                </Badge>
                <Badge size="xs" variant="light" color="gray">
                  {t('form.version', { version: c.currentVersionNo })}
                </Badge>
              </Group>
              {c.reason && (
                <Text size="xs" c="dimmed" data-testid="candidate-reason">
                  {t(`form.reasons.${c.reason}`)}{' '}
                  <Anchor component={Link} to={`/contacts/${c.contactId}`} size="xs">
                    {t('form.openContact')}
                  </Anchor>
                </Text>
              )}
            </Stack>
            {c.eligible && (
              <Group gap="xs">
                <Button size="xs" variant="light" onClick={() => onAdd(c, 'client')} data-testid="add-client">
                  {t('form.addAsClient')}
                </Button>
                <Button
                  size="xs"
                  variant="light"
                  color="grape"
                  onClick={() => onAdd(c, 'counterparty')}
                  data-testid="add-counterparty"
                >
                  {t('form.addAsCounterparty')}
                </Button>
              </Group>
            )}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
