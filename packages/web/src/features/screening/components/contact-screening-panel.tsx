import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDate, formatDateTime } from '../../../components/format-date.ts';
import { useContact } from '../../contacts/api/contacts.ts';
import { FreshnessWarning } from '../../list-freshness/components/freshness-warning.tsx';
import { useContactScreening, useRescreenContact } from '../api/screening.ts';
import type { TContactScreening } from '../api/types.ts';
import { FreezeDutiesPanel } from './freeze-duties-panel.tsx';
import { HitCard } from './hit-card.tsx';
import { ScreeningDecision } from './screening-decision.tsx';
import { ScreeningFactors } from './screening-factors.tsx';
import { LevelBadge, openHits } from './screening-verdict.tsx';
import { useListName } from './use-list-name.ts';

/**
 * The screening of a contact (M4, B2) for its page: the first vigilance level and the findings behind it,
 * the list versions used, every hit with its explanation and disposition, "screen again", and the
 * accept / refuse decision while the contact is `screened`.
 */
export function ContactScreeningPanel({ contactId }: { contactId: string }) {
  const { t } = useTranslation('screening');
  const screening = useContactScreening(contactId);
  const contact = useContact(contactId);
  const rescreen = useRescreenContact(contactId);
  const latest = screening.data;
  return (
    <Paper withBorder p="md" data-testid="screening-panel">
      <Stack>
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={4}>{t('panel.title')}</Title>
            {latest && <LevelBadge level={latest.level} />}
          </Group>
          <Button
            variant="light"
            size="xs"
            loading={rescreen.isPending}
            onClick={() => rescreen.mutate()}
            data-testid="screen-again"
          >
            {t('panel.screenAgain')}
          </Button>
        </Group>
        <ErrorAlert error={screening.error ?? rescreen.error} />
        <FreshnessWarning />
        {screening.isPending && <Loader size="sm" aria-label={t('common:loading')} />}
        {latest === null && <Text c="dimmed">{t('panel.notScreened')}</Text>}
        {latest && <ScreeningBody contactId={contactId} screening={latest} />}
        <FreezeDutiesPanel contactId={contactId} />
        {latest && contact.data?.status === 'screened' && (
          <ScreeningDecision contactId={contactId} level={latest.level} />
        )}
      </Stack>
    </Paper>
  );
}

type TBodyProps = { contactId: string; screening: TContactScreening };

function ScreeningBody({ contactId, screening }: TBodyProps) {
  const { t, i18n } = useTranslation('screening');
  const listName = useListName();
  const dismissed = screening.hits.some((h) => h.disposition === 'false_positive');
  const open = openHits(screening);
  const lists = screening.listVersions.map((v) =>
    t('panel.listVersion', { list: listName(v.source), date: formatDate(v.date, i18n.language) }),
  );
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" data-testid="screening-meta">
        {t('panel.screenedAt', {
          date: formatDateTime(screening.screenedAt, i18n.language),
          version: screening.contactVersionNo,
          trigger: t(`triggers.${screening.trigger}`),
        })}
      </Text>
      <ScreeningFactors factors={screening.factors} />
      <Text size="xs" c="dimmed" data-testid="screening-lists">
        {lists.length ? t('panel.listsUsed', { lists: lists.join(' · ') }) : t('panel.noLists')}
        {screening.countryRiskVersion !== null &&
          ` · ${t('panel.countryRiskVersion', { version: screening.countryRiskVersion })}`}
      </Text>
      {screening.staleLists.length > 0 && (
        <Alert color="orange" variant="light" data-testid="screening-stale-lists">
          {t('list-freshness:contact.staleLists', {
            lists: screening.staleLists
              .map((l) => `${listName(l.source)} (${formatDate(l.date, i18n.language)})`)
              .join(' · '),
          })}
        </Alert>
      )}
      {dismissed && screening.level === 'heightened' && (
        <Alert color="blue" variant="light" data-testid="screen-again-hint">
          {t('panel.screenAgainHint')}
        </Alert>
      )}
      {screening.hits.length === 0 ? (
        <Text size="sm" data-testid="screening-no-hits">
          {t('panel.noHits')}
        </Text>
      ) : (
        <Stack gap="sm">
          {/* The count follows the dispositions: it falls as hits are examined. */}
          <Title order={5} data-testid="screening-hits-title">
            {open > 0
              ? t('panel.hits', { count: open })
              : t('panel.hitsExamined', { count: screening.hits.length })}
          </Title>
          {screening.hits.map((hit) => (
            <HitCard key={hit.id} contactId={contactId} hit={hit} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
