import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import type { TDecisionRequest } from '@vigilo/domain/contracts/risk.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import type { TCaseDecision } from './case-decision-panel.tsx';

type TAnswers = Extract<TDecisionRequest, { action: 'revise-answers' }>['answers'];

/**
 * An intended cash payment of the price (loi art. 67) is never accepted as answered: when the client
 * pays by transfer or cheque after all, the answers are corrected in a new version (the former one is
 * kept) with the reason, and the case is computed again. Confirmed first.
 */
export function CorrectCashAnswer({ answers, decision }: { answers: TAnswers; decision: TCaseDecision }) {
  const { t } = useTranslation('cases');
  const [reason, setReason] = useState('');
  const [isConfirming, setConfirming] = useState(false);
  const { cashAmountCents: _amount, ...rest } = answers;
  const corrected: TAnswers = { ...rest, cashPayment: false };
  return (
    <Alert color="orange" title={t('cashCorrection.title')} data-testid="correct-cash-answer">
      <Stack>
        <Text size="sm">{t('cashCorrection.text')}</Text>
        <Textarea
          label={t('cashCorrection.reason')}
          required
          value={reason}
          autosize
          minRows={2}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Group>
          <Button
            color="orange"
            disabled={reason.trim() === ''}
            onClick={() => setConfirming(true)}
            data-testid="correct-cash-answer-submit"
          >
            {t('cashCorrection.submit')}
          </Button>
        </Group>
      </Stack>
      <ConfirmModal
        opened={isConfirming}
        title={t('cashCorrection.confirmTitle')}
        text={t('cashCorrection.confirmText')}
        confirmLabel={t('cashCorrection.submit')}
        loading={decision.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          decision.mutate(
            { action: 'revise-answers', motivation: reason, answers: corrected },
            { onSettled: () => setConfirming(false) },
          )
        }
      />
    </Alert>
  );
}
