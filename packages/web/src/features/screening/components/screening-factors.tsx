import { List, Text } from '@mantine/core';
import { formatCitations } from '@vigilo/domain/risk/citations.ts';
import { FACTOR_CATALOG, type FactorCode } from '@vigilo/domain/risk/factor-catalog.ts';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../contacts/components/country-select.tsx';
import type { TScreeningFactor } from '../api/types.ts';
import { useListName } from './use-list-name.ts';

/** The risk factor (and so the provision) each screening finding stands for. */
const catalogCode: Record<TScreeningFactor['code'], FactorCode | null> = {
  sanctions_hit: 'sanctions-hit',
  pep_hit: 'pep-screening-hit',
  watchlist_hit: null,
  high_risk_country: 'high-risk-country',
  monitored_country: 'increased-monitoring-country',
};

/** Why the first vigilance level is what it is: each finding in words, with its legal basis. */
export function ScreeningFactors({ factors }: { factors: TScreeningFactor[] }) {
  const { t, i18n } = useTranslation('screening');
  const listName = useListName();
  if (factors.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="screening-no-factors">
        {t('panel.noFactors')}
      </Text>
    );
  return (
    <List spacing={4} size="sm" data-testid="screening-factors">
      {factors.map((f) => {
        const code = catalogCode[f.code];
        const text =
          'list' in f
            ? t(`factors.${f.code}`, { party: f.party, list: listName(f.list), entryId: f.entryId })
            : t(`factors.${f.code}`, { party: f.party, country: countryName(f.country, i18n.language) });
        return (
          <List.Item key={`${f.code}-${f.party}-${'list' in f ? `${f.list}-${f.entryId}` : f.country}`}>
            <Text size="sm" span data-testid={`screening-factor-${f.code}`}>
              {text}
            </Text>
            {code && (
              <Text size="xs" c="dimmed" span>
                {' · '}
                {formatCitations(FACTOR_CATALOG[code].citations, t)}
              </Text>
            )}
          </List.Item>
        );
      })}
    </List>
  );
}
