import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AccountsPanel } from '../components/accounts-panel.tsx';
import { AllowedNumbersPanel } from '../components/allowed-numbers-panel.tsx';
import { KboImportsPanel } from '../components/kbo-imports-panel.tsx';
import { RecognitionTypesPanel } from '../components/recognition-types-panel.tsx';

const tabs = ['numbers', 'recognitions', 'accounts', 'kbo'] as const;
type TTab = (typeof tabs)[number];

/** The platform administrator's pages: who may use the tool, and which recognitions accounts hold. */
export function AdminPage() {
  const { t } = useTranslation('admin');
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as TTab | null;
  const tab: TTab = requested && tabs.includes(requested) ? requested : 'numbers';
  return (
    <Stack maw={1200} mx="auto">
      <Title order={2}>{t('title')}</Title>
      <Tabs
        value={tab}
        onChange={(value) => setParams(value && value !== 'numbers' ? { tab: value } : {})}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="numbers">{t('tabs.numbers')}</Tabs.Tab>
          <Tabs.Tab value="recognitions">{t('tabs.recognitions')}</Tabs.Tab>
          <Tabs.Tab value="accounts" data-testid="admin-accounts-tab">
            {t('tabs.accounts')}
          </Tabs.Tab>
          <Tabs.Tab value="kbo">{t('tabs.kbo')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="numbers" pt="md">
          <AllowedNumbersPanel />
        </Tabs.Panel>
        <Tabs.Panel value="recognitions" pt="md">
          <RecognitionTypesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="accounts" pt="md">
          <AccountsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="kbo" pt="md">
          <KboImportsPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
