import { Button, Checkbox, Paper, Stack, TextInput, Title } from '@mantine/core';
import { webhookEventTypes } from '@vigilo/domain/contracts/webhooks.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, fieldError } from '../../../components/error-alert.tsx';
import { useCreateWebhook } from '../api/webhooks.ts';

type TEvent = (typeof webhookEventTypes)[number];

/** URL and events of a new endpoint; its signing secret comes back once, to `onSecret`. */
export function CreateWebhookForm({ onSecret }: { onSecret: (secret: string) => void }) {
  const { t } = useTranslation('webhooks');
  const create = useCreateWebhook();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<TEvent[]>([]);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    create.mutate(
      { url, events },
      {
        onSuccess: (created) => {
          setUrl('');
          setEvents([]);
          onSecret(created.secret);
        },
      },
    );
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit}>
        <Stack>
          <Title order={4}>{t('create.title')}</Title>
          <TextInput
            label={t('create.url')}
            description={t('create.urlHint')}
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            error={fieldError(create.error, 'url')}
            required
            data-testid="webhook-url"
          />
          <Checkbox.Group
            label={t('create.events')}
            value={events}
            onChange={(value) => setEvents(value as TEvent[])}
            error={fieldError(create.error, 'events')}
          >
            <Stack gap="xs" mt="xs">
              {webhookEventTypes.map((type) => (
                <Checkbox key={type} value={type} label={t(`events.${type.replace('.', '_')}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          {create.error && <ErrorAlert error={create.error} />}
          <Button type="submit" loading={create.isPending} disabled={events.length === 0}>
            {t('create.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
