import { Badge, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useContactScreening } from '../api/screening.ts';
import type { TContactScreening } from '../api/types.ts';
import { ScreeningFactors } from './screening-factors.tsx';

/** The hits nobody has dispositioned yet: the number a "to examine" counter shows. */
export function openHits(screening: TContactScreening): number {
  return screening.hits.filter((h) => h.disposition === 'open').length;
}

/** The first vigilance level as a badge (normal / heightened). */
export function LevelBadge({ level }: { level: 'normal' | 'heightened' }) {
  const { t } = useTranslation('screening');
  return (
    <Badge color={level === 'heightened' ? 'red' : 'teal'} data-testid="screening-level">
      {t(`levels.${level}`)}
    </Badge>
  );
}

/**
 * The verdict of the screening run when the contact was saved (M4), for the wizard's last step: the first
 * vigilance level, what was found and how many hits are left to examine on the contact's page.
 */
export function ScreeningVerdict({ contactId }: { contactId: string }) {
  const { t } = useTranslation('screening');
  const screening = useContactScreening(contactId);
  const latest = screening.data;
  const open = latest ? openHits(latest) : 0;
  return (
    <Paper withBorder p="md" data-testid="screening-verdict">
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={4}>{t('verdict.title')}</Title>
          {latest && <LevelBadge level={latest.level} />}
        </Group>
        <ErrorAlert error={screening.error} />
        {screening.isPending && <Loader size="sm" aria-label={t('common:loading')} />}
        {latest === null && <Text c="dimmed">{t('panel.notScreened')}</Text>}
        {latest && (
          <>
            <ScreeningFactors factors={latest.factors} />
            <Text size="sm" data-testid="screening-verdict-hits">
              {open > 0 ? t('verdict.openHits', { count: open }) : t('panel.noHits')}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}
