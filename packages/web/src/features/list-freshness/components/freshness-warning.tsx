import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../components/format-date.ts';
import { useListName } from '../../screening/components/use-list-name.ts';
import { useListFreshness } from '../api/list-freshness.ts';

/**
 * The warning officers see on the screening pages when the reference data cannot be trusted as current:
 * no list loaded, a list older than the configured days, a source failing, country risk due for review.
 */
export function FreshnessWarning() {
  const { t, i18n } = useTranslation('list-freshness');
  const listName = useListName();
  const freshness = useListFreshness();
  const data = freshness.data;
  if (!data?.warning) return null;
  const date = (iso: string) => formatDate(iso, i18n.language);
  return (
    <Alert color="orange" title={t('warning.title')} data-testid="freshness-warning">
      <List size="sm">
        {data.lists.length === 0 && <List.Item>{t('warning.noLists')}</List.Item>}
        {data.lists
          .filter((l) => l.stale || l.failing)
          .map((l) => (
            <List.Item key={l.source}>
              {l.listDate
                ? t(l.failing ? 'warning.failing' : 'warning.stale', {
                    list: listName(l.source),
                    date: date(l.listDate),
                    days: data.staleDays,
                  })
                : t('warning.missing', { list: listName(l.source) })}
            </List.Item>
          ))}
        {(data.countryRisk?.reviewDue ?? true) && (
          <List.Item>
            {data.countryRisk
              ? t('warning.countryRisk', { date: date(data.countryRisk.publishedOn) })
              : t('warning.noCountryRisk')}
          </List.Item>
        )}
      </List>
    </Alert>
  );
}
