import { Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { fieldOrCodeError } from '../../../components/form-errors.ts';
import { useDispositionHit } from '../api/screening.ts';
import type { TScreeningHit } from '../api/types.ts';

type TProps = { contactId: string; hit: TScreeningHit; onDone: () => void };

/**
 * Marks a hit as a true match or a false positive, always with a reason (audited, B2). A dismissed false
 * positive is not raised again unless the list entry or the contact changes.
 */
export function HitDispositionForm({ contactId, hit, onDone }: TProps) {
  const { t } = useTranslation('screening');
  const disposition = useDispositionHit(contactId);
  const [choice, setChoice] = useState<'true_match' | 'false_positive' | ''>(
    hit.disposition === 'open' ? '' : hit.disposition,
  );
  const [reason, setReason] = useState('');
  const canSend = choice !== '' && reason.trim() !== '';
  return (
    <Stack gap="xs" data-testid="disposition-form">
      <Radio.Group
        label={t('hit.dispositionLabel')}
        required
        value={choice}
        onChange={(v) => setChoice(v as typeof choice)}
      >
        <Group mt="xs">
          <Radio
            value="true_match"
            label={t('hit.dispositions.true_match')}
            data-testid="disposition-true-match"
          />
          <Radio
            value="false_positive"
            label={t('hit.dispositions.false_positive')}
            data-testid="disposition-false-positive"
          />
        </Group>
      </Radio.Group>
      <Textarea
        name="dispositionReason"
        label={t('hit.reason')}
        description={t('hit.reasonHint')}
        required
        autosize
        minRows={2}
        value={reason}
        error={fieldOrCodeError(t, disposition.error, 'reason')}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      <ErrorAlert error={disposition.error} />
      <Group justify="flex-end">
        <Button
          disabled={!canSend}
          loading={disposition.isPending}
          data-testid="disposition-submit"
          onClick={() =>
            choice &&
            disposition.mutate(
              { hitId: hit.id, disposition: choice, reason: reason.trim() },
              { onSuccess: onDone },
            )
          }
        >
          {t('hit.dispositionSubmit')}
        </Button>
      </Group>
    </Stack>
  );
}
