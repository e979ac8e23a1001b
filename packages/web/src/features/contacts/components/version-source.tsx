import { Text } from '@mantine/core';
import type { TContactVersionSource } from '@vigilo/domain/contracts/contacts.ts';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../components/format-date.ts';

/** "Source: KBO/BCE extract of 30/05/2025": the dated source of a version filled in from the KBO. */
export function VersionSource({ source, testId }: { source: TContactVersionSource | null; testId?: string }) {
  const { t, i18n } = useTranslation('contacts');
  if (!source) return null;
  const line = source.snapshotDate
    ? t('kbo.source', { date: formatDate(source.snapshotDate, i18n.language) })
    : t('kbo.sourceUndated');
  const extract = source.extractNumber
    ? ` (${t('kbo.sourceExtract', { number: source.extractNumber })})`
    : '';
  return (
    <Text size="sm" c="dimmed" data-testid={testId ?? 'version-source'}>
      {line}
      {extract}
    </Text>
  );
}
