import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AdminInvoicingPanel } from '../../invoicing/components/admin-invoicing-panel.tsx';
import { BankStatementsPanel } from '../components/bank-statements-panel.tsx';
import { PriceListsPanel } from '../components/price-lists-panel.tsx';

/** Wallet administration (platform administrator): price list versions, bank statements, invoicing. */
export function AdminWalletPage() {
  const { t } = useTranslation('wallet');
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab = requested === 'statements' || requested === 'invoices' ? requested : 'prices';
  return (
    <Stack maw={1200} mx="auto">
      <Title order={2}>{t('admin.title')}</Title>
      <Tabs
        value={tab}
        onChange={(value) => setParams(value && value !== 'prices' ? { tab: value } : {})}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="prices">{t('admin.tabs.prices')}</Tabs.Tab>
          <Tabs.Tab value="statements" data-testid="admin-statements-tab">
            {t('admin.tabs.statements')}
          </Tabs.Tab>
          <Tabs.Tab value="invoices" data-testid="admin-invoices-tab">
            {t('invoicing:admin.title')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="prices" pt="md">
          <PriceListsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="statements" pt="md">
          <BankStatementsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="invoices" pt="md">
          <AdminInvoicingPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
