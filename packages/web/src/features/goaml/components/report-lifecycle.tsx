import { Alert, Button, Group, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { goAmlAnswers, type TGoAmlReportDetail } from '@vigilo/domain/contracts/goaml.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { fieldOrCodeError } from '../../../components/form-errors.ts';
import { formatDate } from '../../../components/format-date.ts';
import { useRecordAnswer, useRecordSubmission } from '../api/goaml.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** After the upload on the portal: the submission (date, goAML reference), then CTIF-CFI's answer. */
export function ReportLifecycle({ report }: { report: TGoAmlReportDetail }) {
  const { t, i18n } = useTranslation('goaml');
  const state = report.state;
  return (
    <Stack>
      {(state.status === 'submitted' || state.status === 'answered') && (
        <Alert color="blue" data-testid="goaml-submitted">
          {t('submission.recorded', {
            date: formatDate(state.submittedOn, i18n.language),
            reference: state.reference,
          })}
        </Alert>
      )}
      {state.status === 'answered' && (
        <Alert color="green" data-testid="goaml-answered">
          {t('answerForm.recorded', {
            date: formatDate(state.answeredOn, i18n.language),
            answer: t(`answer.${state.answer}`),
          })}
        </Alert>
      )}
      {state.status === 'downloaded' && <SubmissionForm id={report.id} />}
      {state.status === 'submitted' && <AnswerForm id={report.id} />}
    </Stack>
  );
}

function SubmissionForm({ id }: { id: string }) {
  const { t } = useTranslation('goaml');
  const record = useRecordSubmission(id);
  const [submittedOn, setSubmittedOn] = useState(today);
  const [reference, setReference] = useState('');
  return (
    <Paper withBorder p="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          record.mutate(
            { submittedOn, reference },
            { onSuccess: () => notifications.show({ color: 'green', message: t('submission.done') }) },
          );
        }}
      >
        <Stack>
          <Title order={5}>{t('submission.title')}</Title>
          <ErrorAlert error={record.error} />
          <Group align="flex-end">
            <DateField
              label={t('submission.submittedOn')}
              value={submittedOn}
              onChange={(day) => setSubmittedOn(day)}
              error={fieldOrCodeError(t, record.error, 'date')}
            />
            <TextInput
              label={t('submission.reference')}
              value={reference}
              onChange={(e) => setReference(e.currentTarget.value)}
              error={fieldOrCodeError(t, record.error, 'reference')}
              data-testid="goaml-reference"
            />
            <Button type="submit" loading={record.isPending} data-testid="goaml-record-submission">
              {t('submission.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function AnswerForm({ id }: { id: string }) {
  const { t } = useTranslation('goaml');
  const record = useRecordAnswer(id);
  const [answeredOn, setAnsweredOn] = useState(today);
  const [answer, setAnswer] = useState<string>('no-objection');
  const [comment, setComment] = useState('');
  return (
    <Paper withBorder p="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          record.mutate(
            { answeredOn, answer, comment },
            { onSuccess: () => notifications.show({ color: 'green', message: t('answerForm.done') }) },
          );
        }}
      >
        <Stack>
          <Title order={5}>{t('answerForm.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('answerForm.drivesCase')}
          </Text>
          <ErrorAlert error={record.error} />
          <Group align="flex-end">
            <DateField
              label={t('answerForm.answeredOn')}
              value={answeredOn}
              onChange={(day) => setAnsweredOn(day)}
              error={fieldOrCodeError(t, record.error, 'date')}
            />
            <Select
              label={t('answerForm.answer')}
              value={answer}
              onChange={(v) => setAnswer(v ?? 'no-objection')}
              data={goAmlAnswers.map((a) => ({ value: a, label: t(`answer.${a}`) }))}
              allowDeselect={false}
              data-testid="goaml-answer"
            />
          </Group>
          <Textarea
            label={t('answerForm.comment')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
          />
          <Group>
            <Button type="submit" loading={record.isPending} data-testid="goaml-record-answer">
              {t('answerForm.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
