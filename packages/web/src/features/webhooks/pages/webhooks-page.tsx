import {
  Alert,
  Button,
  Center,
  Code,
  CopyButton,
  Group,
  Loader,
  Modal,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { RequireActiveOrganisation } from '../../organisations/components/require-active-organisation.tsx';
import { useWebhooks } from '../api/webhooks.ts';
import { CreateWebhookForm } from '../components/create-webhook-form.tsx';
import { WebhookCard } from '../components/webhook-card.tsx';

/** The organisation's webhook endpoints, for its managers and its AML officer. */
export function WebhooksPage() {
  return <RequireActiveOrganisation>{() => <WebhooksView />}</RequireActiveOrganisation>;
}

function WebhooksView() {
  const { t } = useTranslation('webhooks');
  const webhooks = useWebhooks();
  const [secret, setSecret] = useState<string | null>(null);
  return (
    <Stack maw={1200} mx="auto">
      <Title order={2}>{t('title')}</Title>
      <Text c="dimmed">{t('intro')}</Text>
      {webhooks.isPending ? (
        <Center>
          <Loader aria-label={t('common:loading')} />
        </Center>
      ) : webhooks.error ? (
        <ErrorAlert error={webhooks.error} />
      ) : (
        <>
          <CreateWebhookForm onSecret={setSecret} />
          {webhooks.data.webhooks.length === 0 && <Text c="dimmed">{t('empty')}</Text>}
          {webhooks.data.webhooks.map((w) => (
            <WebhookCard key={w.id} webhook={w} onSecret={setSecret} />
          ))}
        </>
      )}
      <Modal opened={secret !== null} onClose={() => setSecret(null)} title={t('secret.title')} size="lg">
        <Stack>
          <Alert color="yellow">{t('secret.once')}</Alert>
          <Code block>{secret}</Code>
          <Group justify="flex-end">
            <CopyButton value={secret ?? ''}>
              {({ copied, copy }) => (
                <Button variant="light" onClick={copy}>
                  {copied ? t('secret.copied') : t('secret.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={() => setSecret(null)}>{t('secret.done')}</Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
