import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field.tsx';
import { ErrorAlert, fieldError } from '../../../components/error-alert.tsx';
import { type TRetentionAction, useRetentionAction } from '../api/records.ts';

export type TRetentionIntent =
  | { kind: 'end' | 'keep-open' | 'extend' | 'hold'; contactId: string; displayName: string }
  | { kind: 'release'; holdId: string; displayName: string };

const today = () => new Date().toISOString().slice(0, 10);

/** One modal for every change to a retention clock: each asks for its date and always for a reason. */
export function RetentionActionModal({
  intent,
  onClose,
}: {
  intent: TRetentionIntent | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('records');
  const action = useRetentionAction();
  const [date, setDate] = useState(today());
  const [reason, setReason] = useState('');
  const [reference, setReference] = useState('');
  if (!intent) return null;
  const close = () => {
    action.reset();
    setReason('');
    setReference('');
    setDate(today());
    onClose();
  };
  const request = (): TRetentionAction => {
    switch (intent.kind) {
      case 'end':
        return { kind: 'end', contactId: intent.contactId, body: { endedOn: date, reason } };
      case 'extend':
        return { kind: 'extend', contactId: intent.contactId, body: { until: date, reason } };
      case 'hold':
        return { kind: 'hold', contactId: intent.contactId, body: { reason, reference } };
      case 'keep-open':
        return { kind: 'keep-open', contactId: intent.contactId, body: { reason } };
      case 'release':
        return { kind: 'release', holdId: intent.holdId, body: { reason } };
    }
  };
  const dateField = intent.kind === 'end' ? 'endedOn' : 'until';
  return (
    <Modal opened onClose={close} title={t(`retention.actions.${intent.kind}`)}>
      <Stack>
        <TextInput value={intent.displayName} readOnly label={t('retention.columns.contact')} />
        {(intent.kind === 'end' || intent.kind === 'extend') && (
          <DateField
            label={intent.kind === 'end' ? t('retention.fields.endedOn') : t('retention.fields.until')}
            value={date}
            onChange={(day) => setDate(day)}
            error={fieldError(action.error, dateField)}
            data-testid="retention-date"
          />
        )}
        {intent.kind === 'hold' && (
          <TextInput
            label={t('retention.fields.reference')}
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
            data-testid="retention-reference"
          />
        )}
        <Textarea
          label={t('retention.fields.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldError(action.error, 'reason')}
          required={intent.kind !== 'end'}
          data-testid="retention-reason"
        />
        {!fieldError(action.error, dateField) && !fieldError(action.error, 'reason') && (
          <ErrorAlert error={action.error} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            loading={action.isPending}
            onClick={() => action.mutate(request(), { onSuccess: close })}
            data-testid="retention-submit"
          >
            {t(`retention.actions.${intent.kind}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
