import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TDecisionRequest } from '@vigilo/domain/contracts/risk.ts';
import {
  type GoAmlReportState,
  PERSONAL_REPORT_REASONS,
  type PersonalReportReason,
} from '@vigilo/domain/workflow/index.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { fieldOrCodeError } from '../../../components/form-errors.ts';
import { formatDate } from '../../../components/format-date.ts';
import {
  useCaseOfficers,
  useDownloadPersonalGoAml,
  usePersonalGoAmlReport,
  useRecordPersonalSubmission,
} from '../api/personal-report.ts';
import type { TCaseDecision } from './case-decision-panel.tsx';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The employee's own report to CTIF-CFI when the procedure through the AML officer cannot be followed
 * (loi art. 48): no officer, the officer absent, or the officer concerned by the suspicion — then named,
 * and nothing of it is shown to them. Confirmed first (an irreversible legal act).
 */
export function ReportPersonally({
  decision,
  confirm,
}: {
  decision: TCaseDecision;
  confirm: (request: TDecisionRequest) => void;
}) {
  const { t } = useTranslation('cases');
  const [isOpen, setOpen] = useState(false);
  const [reason, setReason] = useState<PersonalReportReason>('officer-absent');
  const [concerned, setConcerned] = useState<string[]>([]);
  const [motivation, setMotivation] = useState('');
  const officers = useCaseOfficers(isOpen);
  if (!isOpen) {
    return (
      <Group>
        <Button
          variant="subtle"
          color="grape"
          onClick={() => setOpen(true)}
          data-testid="report-personally-open"
        >
          {t('personalReport.open')}
        </Button>
      </Group>
    );
  }
  const needsOfficer = reason === 'officer-is-subject';
  const canSend = motivation.trim() !== '' && (!needsOfficer || concerned.length > 0);
  return (
    <Stack data-testid="report-personally">
      <Text size="sm">{t('personalReport.text')}</Text>
      <Radio.Group
        label={t('personalReport.reason')}
        value={reason}
        onChange={(v) => setReason(v as PersonalReportReason)}
      >
        <Stack mt="xs" gap="xs">
          {PERSONAL_REPORT_REASONS.map((value) => (
            <Radio
              key={value}
              value={value}
              label={t(`personalReport.reasons.${value}`)}
              data-testid={`personal-reason-${value}`}
            />
          ))}
        </Stack>
      </Radio.Group>
      {needsOfficer && (
        <Checkbox.Group
          label={t('personalReport.concerned')}
          description={t('personalReport.concernedHint')}
          value={concerned}
          onChange={setConcerned}
          error={fieldOrCodeError(t, decision.error, 'concernedOfficerIds', ['concerned_officer_required'])}
        >
          <Stack mt="xs" gap="xs">
            {(officers.data?.items ?? []).map((officer) => (
              <Checkbox key={officer.id} value={officer.id} label={officer.name} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      <ErrorAlert error={officers.error} />
      <Textarea
        name="personal-report"
        label={t('personalReport.motivation')}
        required
        value={motivation}
        autosize
        minRows={3}
        onChange={(e) => setMotivation(e.currentTarget.value)}
      />
      <Group>
        <Button
          color="grape"
          disabled={!canSend}
          loading={decision.isPending}
          onClick={() =>
            confirm({
              action: 'report-personally',
              reason,
              motivation,
              concernedOfficerIds: needsOfficer ? concerned : [],
            })
          }
          data-testid="report-personally-submit"
        >
          {t('personalReport.submit')}
        </Button>
        <Button variant="default" onClick={() => setOpen(false)}>
          {t('personalReport.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The confirmation of a personal report. */
export const personalReportConfirmText = (t: (key: string) => string) => ({
  title: t('cases:personalReport.confirmTitle'),
  text: t('cases:personalReport.confirmText'),
  label: t('cases:personalReport.submit'),
});

/**
 * A case reported personally: the reporting employee downloads the goAML file, records its submission
 * and CTIF-CFI's answer; anyone else only sees that the case is with CTIF-CFI.
 */
export function PersonalReportFollowUp({
  subjectId,
  decision,
}: {
  subjectId: string | undefined;
  decision: TCaseDecision;
}) {
  const { t } = useTranslation('cases');
  const query = usePersonalGoAmlReport(subjectId, true);
  const report = query.data?.report;
  if (!report || subjectId === undefined) {
    return (
      <Stack>
        <ErrorAlert error={query.error} />
        <Alert color="grape" data-testid="awaiting-notice">
          {t('personalReport.reported')}
        </Alert>
      </Stack>
    );
  }
  return (
    <Stack data-testid="personal-report-follow-up">
      <Text size="sm">{t('personalReport.followUpText')}</Text>
      <GoAmlSteps subjectId={subjectId} reportId={report.id} state={report.state} />
      <CtifAnswer decision={decision} />
    </Stack>
  );
}

function GoAmlSteps({
  subjectId,
  reportId,
  state,
}: {
  subjectId: string;
  reportId: string;
  state: GoAmlReportState;
}) {
  const { t, i18n } = useTranslation('cases');
  const download = useDownloadPersonalGoAml(subjectId, reportId);
  const record = useRecordPersonalSubmission(subjectId, reportId);
  const [submittedOn, setSubmittedOn] = useState(today);
  const [reference, setReference] = useState('');
  const status = state.status;
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={5}>{t('personalReport.goamlTitle')}</Title>
        <ErrorAlert error={download.error} />
        <Group>
          <Button
            variant="light"
            loading={download.isPending}
            onClick={() => download.mutate()}
            data-testid="personal-goaml-download"
          >
            {t('personalReport.download')}
          </Button>
        </Group>
        {(state.status === 'submitted' || state.status === 'answered') && (
          <Alert color="blue" data-testid="personal-goaml-submitted">
            {t('personalReport.submitted', {
              date: formatDate(state.submittedOn, i18n.language),
              reference: state.reference,
            })}
          </Alert>
        )}
        {status === 'downloaded' && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              record.mutate(
                { submittedOn, reference },
                {
                  onSuccess: () =>
                    notifications.show({ color: 'green', message: t('personalReport.submissionDone') }),
                },
              );
            }}
          >
            <Stack>
              <ErrorAlert error={record.error} />
              <Group align="flex-end">
                <DateField
                  label={t('personalReport.submittedOn')}
                  value={submittedOn}
                  onChange={setSubmittedOn}
                  error={fieldOrCodeError(t, record.error, 'date')}
                />
                <TextInput
                  label={t('personalReport.reference')}
                  value={reference}
                  onChange={(e) => setReference(e.currentTarget.value)}
                  error={fieldOrCodeError(t, record.error, 'reference')}
                  data-testid="personal-goaml-reference"
                />
                <Button
                  type="submit"
                  loading={record.isPending}
                  data-testid="personal-goaml-record-submission"
                >
                  {t('personalReport.saveSubmission')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

function CtifAnswer({ decision }: { decision: TCaseDecision }) {
  const { t } = useTranslation('cases');
  const [answer, setAnswer] = useState<'no-objection' | 'opposition'>('no-objection');
  const [comment, setComment] = useState('');
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={5}>{t('personalReport.answerTitle')}</Title>
        <Text size="sm" c="dimmed">
          {t('personalReport.answerText')}
        </Text>
        <Radio.Group value={answer} onChange={(v) => setAnswer(v as typeof answer)}>
          <Group mt="xs">
            {(['no-objection', 'opposition'] as const).map((value) => (
              <Radio
                key={value}
                value={value}
                label={t(`declarations:timeline.ctifAnswer.${value}`)}
                data-testid={`personal-ctif-${value}`}
              />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={t('declarations:decision.comment')}
          value={comment}
          autosize
          minRows={2}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        <Group>
          <Button
            loading={decision.isPending}
            onClick={() => decision.mutate({ action: 'record-ctif-answer', answer, comment })}
            data-testid="personal-record-ctif-answer"
          >
            {t('declarations:decision.recordCtifAnswer')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
