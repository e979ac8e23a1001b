import { Alert, Anchor, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { RequireActiveOrganisation } from '../../organisations/components/require-active-organisation.tsx';
import { useApiKeys } from '../api/api-keys.ts';
import { ApiKeysTable } from '../components/api-keys-table.tsx';
import { CreateApiKeyForm } from '../components/create-api-key-form.tsx';
import { NewTokenModal } from '../components/new-token-modal.tsx';

/** The organisation's API keys, for its managers and its AML officer. */
export function ApiKeysPage() {
  return <RequireActiveOrganisation>{() => <ApiKeysView />}</RequireActiveOrganisation>;
}

function ApiKeysView() {
  const { t } = useTranslation('api-keys');
  const keys = useApiKeys();
  const [token, setToken] = useState<string | null>(null);
  return (
    <Stack maw={1200} mx="auto">
      <Title order={2}>{t('title')}</Title>
      <Text c="dimmed">
        {t('intro')}{' '}
        <Anchor href="/api/docs" target="_blank">
          {t('reference')}
        </Anchor>
      </Text>
      {keys.isPending ? (
        <Center>
          <Loader aria-label={t('common:loading')} />
        </Center>
      ) : keys.error ? (
        <ErrorAlert error={keys.error} />
      ) : (
        <>
          {!keys.data.grantableScopes.includes('officer:read') && (
            <Alert color="blue">{t('officerOnly')}</Alert>
          )}
          <CreateApiKeyForm grantableScopes={keys.data.grantableScopes} onCreated={setToken} />
          <ApiKeysTable keys={keys.data.keys} />
        </>
      )}
      <NewTokenModal token={token} onClose={() => setToken(null)} />
    </Stack>
  );
}
