import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format-date.ts';
import type { THitDisposition, TScreeningHit } from '../api/types.ts';
import { HitDispositionForm } from './hit-disposition.tsx';
import { HitExplanationView } from './hit-explanation.tsx';
import { useListName } from './use-list-name.ts';
import { useScoreFormat } from './use-score-format.ts';

const dispositionColors: Record<THitDisposition, string> = {
  open: 'orange',
  true_match: 'red',
  false_positive: 'gray',
};

/** One list entry resembling the contact (or a linked party): what matched, why, and its disposition. */
export function HitCard({ contactId, hit }: { contactId: string; hit: TScreeningHit }) {
  const { t, i18n } = useTranslation('screening');
  const listName = useListName();
  const { percent } = useScoreFormat();
  const [isEditing, setEditing] = useState(hit.disposition === 'open');
  return (
    <Paper withBorder p="sm" data-testid="screening-hit" data-disposition={hit.disposition}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Text fw={600} data-testid="hit-matched-name">
              {hit.matchedName}
            </Text>
            <Text size="sm" c="dimmed">
              {t('hit.entry', { list: listName(hit.list), entryId: hit.entryId })}
            </Text>
            {hit.partyContactId !== contactId && (
              <Text size="sm">{t('hit.party', { party: hit.partyName })}</Text>
            )}
          </Stack>
          <Group gap="xs">
            {hit.isNew && (
              <Badge color="blue" variant="light">
                {t('hit.new')}
              </Badge>
            )}
            <Badge color="dark" variant="outline" data-testid="hit-score">
              {t('hit.score', { score: percent(hit.score) })}
            </Badge>
            <Badge color={dispositionColors[hit.disposition]} data-testid="hit-disposition">
              {t(`hit.dispositions.${hit.disposition}`)}
            </Badge>
          </Group>
        </Group>
        <HitExplanationView explanation={hit.explanation} />
        {hit.disposition !== 'open' && (
          <Text size="sm" data-testid="hit-disposition-detail">
            {t('hit.dispositioned', {
              name: hit.dispositionedByName ?? '—',
              date: hit.dispositionedAt ? formatDateTime(hit.dispositionedAt, i18n.language) : '—',
              reason: hit.dispositionReason ?? '',
            })}
          </Text>
        )}
        {isEditing ? (
          <HitDispositionForm contactId={contactId} hit={hit} onDone={() => setEditing(false)} />
        ) : (
          <Group justify="flex-end">
            <Button
              variant="subtle"
              size="xs"
              onClick={() => setEditing(true)}
              data-testid="disposition-change"
            >
              {t('hit.changeDisposition')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
