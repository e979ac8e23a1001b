import { Checkbox, Stack, TextInput } from '@mantine/core';
import { webhookEventTypes } from '@vigilo/domain/contracts/webhooks.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreationCard } from '../../../components/creation-card.tsx';
import { fieldError } from '../../../components/error-alert.tsx';
import { useCreateWebhook } from '../api/webhooks.ts';

type TEvent = (typeof webhookEventTypes)[number];

/** URL and events of a new endpoint; its signing secret comes back once, to `onSecret`. */
export function CreateWebhookForm({ onSecret }: { onSecret: (secret: string) => void }) {
  const { t } = useTranslation('webhooks');
  const create = useCreateWebhook();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<TEvent[]>([]);
  const submit = () =>
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
  return (
    <CreationCard
      title={t('create.title')}
      mutation={create}
      submitLabel={t('create.submit')}
      canSubmit={events.length > 0}
      onSubmit={submit}
    >
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
    </CreationCard>
  );
}
