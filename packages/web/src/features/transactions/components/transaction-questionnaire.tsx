import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ApiError } from '../../../lib/api.ts';
import { QuestionInput } from '../../risk/components/question-input.tsx';
import type { useTransactionAnswers } from './use-transaction-answers.ts';

type TProps = {
  questionnaire: ReturnType<typeof useTransactionAnswers>;
  readOnly: boolean;
  /** The refusal of "Pay and continue" (answers missing or invalid), shown under each question. */
  payError: unknown;
};

/**
 * The atypical-transaction questionnaire (M7): only the questions that apply now, amounts in euros, the
 * IBAN the price is paid from and the country of the funds.
 */
export function TransactionQuestionnaire({ questionnaire, readOnly, payError }: TProps) {
  const { t } = useTranslation('transactions');
  const answerError = (questionId: string) => {
    const error = payError ?? questionnaire.saveError;
    if (!(error instanceof ApiError)) return undefined;
    const detail = error.body.details?.find((d) => d.field === `answers.${questionId}`);
    if (!detail) return undefined;
    return detail.code === 'required' ? t('risk:risk.error.required') : t('detail.answerInvalid');
  };
  return (
    <Paper withBorder p="md" data-testid="questionnaire">
      <Stack>
        <Group justify="space-between">
          <Title order={4}>{t('detail.questions')}</Title>
          {!readOnly && (
            <Text size="xs" c="dimmed" data-testid="save-state">
              {questionnaire.isSaving ? t('detail.saving') : questionnaire.isDirty ? '' : t('detail.saved')}
            </Text>
          )}
        </Group>
        {questionnaire.questions.map((q) => (
          <div key={q.id} data-testid={`q-${q.id}`}>
            <QuestionInput
              question={q}
              value={questionnaire.answers[q.id]}
              readOnly={readOnly}
              error={answerError(q.id)}
              onChange={(value, immediate) => questionnaire.change(q.id, value, immediate)}
            />
          </div>
        ))}
        <ErrorAlert error={questionnaire.saveError} />
      </Stack>
    </Paper>
  );
}
