import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { DateAgreement, HitExplanation, ListBirthDate } from '@vigilo/domain/screening/types.ts';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../contacts/components/country-select.tsx';
import { useScoreFormat } from './use-score-format.ts';

const dateColors: Record<DateAgreement, string> = {
  exact: 'green',
  month: 'green',
  year: 'teal',
  range: 'teal',
  near: 'yellow',
  conflict: 'red',
  unknown: 'gray',
};
const countryColors = { agree: 'green', address: 'teal', conflict: 'red', unknown: 'gray' } as const;

function formatListedDate(d: ListBirthDate): string {
  const span = d.to ? `${d.from} – ${d.to}` : d.from;
  return d.circa ? `~${span}` : span;
}

/**
 * Why a list entry was reported, in words an AML officer can check (B2): which name parts matched and
 * how, what was left over, whether the birth date and countries agreed or conflicted, and how each
 * piece of evidence moved the score.
 */
export function HitExplanationView({ explanation: e }: { explanation: HitExplanation }) {
  const { t, i18n } = useTranslation('screening');
  const { percent, signed } = useScoreFormat();
  const countries = (codes: string[]) =>
    codes.length ? codes.map((c) => countryName(c, i18n.language)).join(', ') : t('explanation.none');
  return (
    <Stack gap="xs" data-testid="hit-explanation">
      <Group gap="xs">
        <Text size="sm">
          {t('explanation.compared', { query: e.queryNormalised, listed: e.matchedName })}
        </Text>
        {e.aliasQuality === 'weak' && (
          <Badge size="sm" color="yellow" variant="light" data-testid="weak-alias">
            {t('explanation.weakAlias')}
          </Badge>
        )}
        {e.isReordered && (
          <Badge size="sm" color="gray" variant="light">
            {t('explanation.reordered')}
          </Badge>
        )}
      </Group>
      {e.alignment.length > 0 && (
        <Table withTableBorder fz="sm" data-testid="hit-alignment">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('explanation.queryPart')}</Table.Th>
              <Table.Th>{t('explanation.listedPart')}</Table.Th>
              <Table.Th>{t('explanation.how')}</Table.Th>
              <Table.Th ta="right">{t('explanation.similarity')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {e.alignment.map((a) => (
              <Table.Tr key={`${a.query}-${a.listed}`}>
                <Table.Td>{a.query}</Table.Td>
                <Table.Td>{a.listed}</Table.Td>
                <Table.Td>{t(`explanation.hows.${a.how}`)}</Table.Td>
                <Table.Td ta="right">{percent(a.similarity)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {e.unmatchedQueryParts.length > 0 && (
        <Text size="sm">{t('explanation.unmatchedQuery', { parts: e.unmatchedQueryParts.join(', ') })}</Text>
      )}
      {e.unmatchedListedParts.length > 0 && (
        <Text size="sm">
          {t('explanation.unmatchedListed', { parts: e.unmatchedListedParts.join(', ') })}
        </Text>
      )}
      {e.ignoredParts.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('explanation.ignored', { parts: e.ignoredParts.join(', ') })}
        </Text>
      )}
      <Group gap="xs" data-testid="hit-birth-date">
        <Badge color={dateColors[e.birthDate.agreement]} variant="light">
          {t(`explanation.birthDate.${e.birthDate.agreement}`)}
        </Badge>
        <Text size="sm">
          {t('explanation.birthDateDetail', {
            query: e.birthDate.query ?? t('explanation.none'),
            listed: e.birthDate.listed.length
              ? e.birthDate.listed.map(formatListedDate).join(', ')
              : t('explanation.none'),
          })}
        </Text>
      </Group>
      <Group gap="xs" data-testid="hit-countries">
        <Badge color={countryColors[e.countries.agreement]} variant="light">
          {t(`explanation.countries.${e.countries.agreement}`)}
        </Badge>
        <Text size="sm">
          {t('explanation.countriesDetail', {
            query: countries(e.countries.query),
            listed: countries(e.countries.listed),
          })}
        </Text>
      </Group>
      {e.kind.adjustment !== 0 && (
        <Text size="sm" c="red">
          {t('explanation.kindMismatch', { listed: t(`explanation.kinds.${e.kind.listed}`) })}
        </Text>
      )}
      {e.corroboration !== 'none' && (
        <Text
          size="sm"
          c={e.corroboration === 'raised' ? 'orange' : 'dimmed'}
          data-testid="hit-corroboration"
        >
          {t(`explanation.corroboration.${e.corroboration}`)}
        </Text>
      )}
      <Text size="sm" data-testid="hit-score-detail">
        {t('explanation.score', {
          name: percent(e.nameScore),
          birthDate: signed(e.birthDate.adjustment),
          countries: signed(e.countries.adjustment),
          score: percent(e.score),
        })}
      </Text>
    </Stack>
  );
}
