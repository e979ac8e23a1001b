import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { TWebhook } from '@vigilo/domain/contracts/webhooks.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useDeleteWebhook, useEnableWebhook, useRotateSecret, useSendTestEvent } from '../api/webhooks.ts';
import { DeliveriesTable } from './deliveries-table.tsx';

type TProps = { webhook: TWebhook; onSecret: (secret: string) => void };

/** One endpoint: its events and state, its actions, and its delivery log. */
export function WebhookCard({ webhook, onSecret }: TProps) {
  const { t } = useTranslation('webhooks');
  const sendTest = useSendTestEvent();
  const rotate = useRotateSecret();
  const enable = useEnableWebhook();
  const remove = useDeleteWebhook();
  const [confirming, setConfirming] = useState<'rotate' | 'delete' | null>(null);
  const error = sendTest.error ?? rotate.error ?? enable.error ?? remove.error;
  const isActive = webhook.status === 'active';
  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <Text ff="monospace">{webhook.url}</Text>
          <Badge color={isActive ? 'green' : 'red'}>{t(`status.${webhook.status}`)}</Badge>
        </Group>
        <Group gap={4}>
          {webhook.events.map((type) => (
            <Badge key={type} variant="light">
              {t(`events.${type.replace('.', '_')}`)}
            </Badge>
          ))}
        </Group>
        {!isActive && <Text c="red">{t('disabledNote')}</Text>}
        {sendTest.isSuccess && <Text c="green">{t('testQueued')}</Text>}
        {error && <ErrorAlert error={error} />}
        <Group>
          {isActive ? (
            <Button variant="light" loading={sendTest.isPending} onClick={() => sendTest.mutate(webhook.id)}>
              {t('actions.test')}
            </Button>
          ) : (
            <Button variant="light" loading={enable.isPending} onClick={() => enable.mutate(webhook.id)}>
              {t('actions.enable')}
            </Button>
          )}
          <Button variant="default" onClick={() => setConfirming('rotate')}>
            {t('actions.rotate')}
          </Button>
          <Button color="red" variant="light" onClick={() => setConfirming('delete')}>
            {t('actions.delete')}
          </Button>
        </Group>
        <DeliveriesTable webhookId={webhook.id} />
      </Stack>
      <ConfirmModal
        opened={confirming !== null}
        title={confirming === 'rotate' ? t('confirm.rotateTitle') : t('confirm.deleteTitle')}
        text={confirming === 'rotate' ? t('confirm.rotateText') : t('confirm.deleteText')}
        confirmLabel={confirming === 'rotate' ? t('actions.rotate') : t('actions.delete')}
        loading={rotate.isPending || remove.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          const done = { onSettled: () => setConfirming(null) };
          if (confirming === 'rotate')
            rotate.mutate(webhook.id, { ...done, onSuccess: (r) => onSecret(r.secret) });
          else remove.mutate(webhook.id, done);
        }}
      />
    </Paper>
  );
}
