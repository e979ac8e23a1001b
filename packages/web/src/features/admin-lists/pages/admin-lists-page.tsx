import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ListSourcesPanel } from '../../list-freshness/components/list-sources-panel.tsx';
import { CountryRiskPanel } from '../components/country-risk-panel.tsx';
import { ListVersionsPanel } from '../components/list-versions-panel.tsx';

const tabs = ['lists', 'countries'] as const;
type TTab = (typeof tabs)[number];

/**
 * `/admin/lists`: the platform administrator imports the official sanctions and PEP lists (versioned,
 * each screening records the versions it used) and publishes the high-risk jurisdiction lists.
 */
export function AdminListsPage() {
  const { t } = useTranslation('screening');
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as TTab | null;
  const tab: TTab = requested && tabs.includes(requested) ? requested : 'lists';
  return (
    <Stack maw={1200} mx="auto">
      <Title order={2}>{t('admin.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('admin.intro')}
      </Text>
      <Tabs
        value={tab}
        keepMounted={false}
        onChange={(value) => setParams(value && value !== 'lists' ? { tab: value } : {})}
      >
        <Tabs.List>
          <Tabs.Tab value="lists" data-testid="admin-lists-tab">
            {t('admin.tabs.lists')}
          </Tabs.Tab>
          <Tabs.Tab value="countries" data-testid="admin-countries-tab">
            {t('admin.tabs.countries')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="lists" pt="md">
          <Stack>
            <ListSourcesPanel />
            <ListVersionsPanel />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="countries" pt="md">
          <CountryRiskPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
