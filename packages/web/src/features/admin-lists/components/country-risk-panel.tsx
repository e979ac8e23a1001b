import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { fieldOrCodeError } from '../../../components/form-errors.ts';
import { formatDate } from '../../../components/format-date.ts';
import { CountriesMultiSelect, countryName } from '../../contacts/components/country-select.tsx';
import { type TCountryRisk, useCountryRisk, usePublishCountryRisk } from '../api/admin-lists.ts';

const listKeys = ['fatfCallForAction', 'fatfIncreasedMonitoring', 'euHighRiskThirdCountries'] as const;
type TListKey = (typeof listKeys)[number];

/**
 * The high-risk jurisdictions applied to nationality, residence and registered office (M4): the version in
 * force, and a new version to publish (three country lists and the publication date).
 */
export function CountryRiskPanel() {
  const { t } = useTranslation('screening');
  const current = useCountryRisk();
  return (
    <Stack>
      <Paper withBorder p="md" data-testid="country-risk-current">
        <Stack>
          <Title order={4}>{t('countryRisk.currentTitle')}</Title>
          <ErrorAlert error={current.error} />
          {current.data === null && <Text c="dimmed">{t('countryRisk.none')}</Text>}
          {current.data && <CurrentLists risk={current.data} />}
        </Stack>
      </Paper>
      {current.data !== undefined && <PublishForm key={current.data?.version ?? 0} current={current.data} />}
    </Stack>
  );
}

function CurrentLists({ risk }: { risk: TCountryRisk }) {
  const { t, i18n } = useTranslation('screening');
  return (
    <Stack gap="sm">
      <Text size="sm" data-testid="country-risk-version">
        {t('countryRisk.version', {
          version: risk.version,
          date: formatDate(risk.publishedOn, i18n.language),
        })}
      </Text>
      {listKeys.map((key) => (
        <Stack key={key} gap={4}>
          <Text size="sm" fw={500}>
            {t(`countryRisk.lists.${key}`)}
          </Text>
          <Group gap={4}>
            {risk.lists[key].length === 0 && (
              <Text size="sm" c="dimmed">
                {t('countryRisk.empty')}
              </Text>
            )}
            {risk.lists[key].map((code) => (
              <Badge key={code} variant="light" color={key === 'fatfIncreasedMonitoring' ? 'yellow' : 'red'}>
                {countryName(code, i18n.language)}
              </Badge>
            ))}
          </Group>
        </Stack>
      ))}
    </Stack>
  );
}

function PublishForm({ current }: { current: TCountryRisk | null }) {
  const { t } = useTranslation('screening');
  const publish = usePublishCountryRisk();
  const [publishedOn, setPublishedOn] = useState(new Date().toISOString().slice(0, 10));
  const [lists, setLists] = useState<Record<TListKey, string[]>>({
    fatfCallForAction: current?.lists.fatfCallForAction ?? [],
    fatfIncreasedMonitoring: current?.lists.fatfIncreasedMonitoring ?? [],
    euHighRiskThirdCountries: current?.lists.euHighRiskThirdCountries ?? [],
  });
  return (
    <Paper withBorder p="md" data-testid="country-risk-publish">
      <Stack>
        <Title order={4}>{t('countryRisk.publishTitle')}</Title>
        <Text size="sm">{t('countryRisk.publishIntro')}</Text>
        <DateField
          name="publishedOn"
          label={t('countryRisk.publishedOn')}
          required
          value={publishedOn}
          error={fieldOrCodeError(t, publish.error, 'publishedOn')}
          onChange={(day) => setPublishedOn(day)}
          maw={240}
        />
        {listKeys.map((key) => (
          <CountriesMultiSelect
            key={key}
            label={t(`countryRisk.lists.${key}`)}
            value={lists[key]}
            onChange={(value) => setLists((all) => ({ ...all, [key]: value }))}
            data-testid={`country-risk-${key}`}
          />
        ))}
        <ErrorAlert error={publish.error} />
        <Group justify="flex-end">
          <Button
            loading={publish.isPending}
            disabled={!publishedOn}
            onClick={() => publish.mutate({ publishedOn, ...lists })}
            data-testid="country-risk-submit"
          >
            {t('countryRisk.publish')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
