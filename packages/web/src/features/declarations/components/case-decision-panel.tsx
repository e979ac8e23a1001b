import { Alert, Button, Group, List, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import type { decisionStatuses, TCaseEvent, TDecisionRequest } from '@vigilo/domain/contracts/risk.ts';
import { type AcceptanceBlocker, isHardStop } from '@vigilo/domain/risk/index.ts';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { fieldOrCodeError } from '../../../components/form-errors.ts';
import { CorrectCashAnswer } from './correct-cash-answer.tsx';
import { PersonalReportFollowUp, personalReportConfirmText, ReportPersonally } from './personal-report.tsx';

type TCtifAnswer = 'no-objection' | 'opposition';

/** What the panel needs of a case, whatever its subject (risk profile or transaction). */
export type TCaseView = {
  status: (typeof decisionStatuses)[number];
  level: 'normal' | 'heightened' | null;
  blockers: AcceptanceBlocker[];
  timeline: TCaseEvent[];
  /** The risk profile's or transaction's id: the employee's own personal report is looked up by it. */
  subjectId?: string;
  /** The computed answers: an intended cash payment is corrected from them in a new version. */
  answers?: TDecisionAnswers;
};

type TDecisionAnswers = Extract<TDecisionRequest, { action: 'revise-answers' }>['answers'];

/** The decision call of the subject's API (a TanStack mutation). */
export type TCaseDecision = {
  mutate: (request: TDecisionRequest, options?: { onSuccess?: () => void; onSettled?: () => void }) => void;
  isPending: boolean;
  error: unknown;
};

type TProps = {
  kase: TCaseView;
  /** Namespace of the subject's own texts (`decision.normalText`, `decision.accepted`, …). */
  subjectNs: 'declarations' | 'transactions';
  decision: TCaseDecision;
  isOfficer: boolean;
  /** Answers changed since the last computation: decide only on an up-to-date result. */
  isStale?: boolean;
};

type TStep = TProps & {
  send: (request: TDecisionRequest) => void;
  confirm: (request: TDecisionRequest) => void;
  text: string;
  setText: (text: string) => void;
};

/** CTIF-CFI's recorded answer, from the latest event that recorded one. */
function ctifAnswerOf(timeline: TCaseEvent[]): TCtifAnswer {
  const answer = timeline.findLast((e) => e.action === 'record-ctif-answer')?.data.answer;
  return answer === 'opposition' ? 'opposition' : 'no-objection';
}

/**
 * The one decision panel of every case (capability M6): normal vigilance is accepted or refused;
 * heightened vigilance goes to the AML officer with a motivated proposal; the officer accepts or reports
 * to CTIF-CFI, records CTIF's answer and takes the final decision. A suspicion can be declared at any
 * moment (loi art. 47), and hard stops (asset freeze, cash) hide every way to accept.
 */
export function CaseDecisionPanel(props: TProps) {
  const { t } = useTranslation('declarations');
  const { decision, kase } = props;
  const [text, setText] = useState('');
  // Irreversible legal acts (refusing, declaring or closing a suspicion, reporting to CTIF-CFI, recording
  // its answer, the final decision) restate their consequence and are confirmed first.
  const [toConfirm, setToConfirm] = useState<TDecisionRequest | null>(null);
  const send = (request: TDecisionRequest) =>
    decision.mutate(request, { onSuccess: () => setText(''), onSettled: () => setToConfirm(null) });
  const step: TStep = { ...props, send, confirm: setToConfirm, text, setText };
  const body = decisionBody(step);
  const canDeclare = !['suspicion-declared', 'awaiting-ctif', 'reported-personally'].includes(kase.status);
  // Reporting personally stays open while a suspicion waits for an officer who cannot handle it.
  const canReportPersonally = kase.status !== 'awaiting-ctif' && kase.status !== 'reported-personally';
  return (
    <Paper withBorder p="md" data-testid="decision-panel">
      <Stack>
        <Title order={4}>{t('decision.title')}</Title>
        <ErrorAlert error={decision.error} />
        {kase.blockers.length > 0 && <Blockers blockers={kase.blockers} />}
        {body}
        {canDeclare && <DeclareSuspicion {...step} />}
        {canReportPersonally && <ReportPersonally decision={decision} confirm={setToConfirm} />}
      </Stack>
      <ConfirmModal
        opened={toConfirm !== null}
        title={confirmText(t, props.subjectNs, toConfirm).title}
        text={confirmText(t, props.subjectNs, toConfirm).text}
        confirmLabel={confirmText(t, props.subjectNs, toConfirm).label}
        confirmColor={
          toConfirm?.action === 'final-decision' && toConfirm.decision === 'accept' ? 'green' : 'red'
        }
        loading={decision.isPending}
        onCancel={() => setToConfirm(null)}
        onConfirm={() => toConfirm && send(toConfirm)}
      />
    </Paper>
  );
}

function confirmText(
  t: (key: string, values?: Record<string, string>) => string,
  subjectNs: TProps['subjectNs'],
  request: TDecisionRequest | null,
): { title: string; text: string; label: string } {
  if (request?.action === 'report-to-ctif') {
    return {
      title: t('cases:confirm.reportTitle'),
      text: t('cases:confirm.reportText'),
      label: t('declarations:decision.reportToCtif'),
    };
  }
  if (request?.action === 'record-ctif-answer') {
    return {
      title: t('cases:confirm.ctifAnswerTitle'),
      text: t('cases:confirm.ctifAnswerText', {
        answer: t(`declarations:timeline.ctifAnswer.${request.answer}`),
      }),
      label: t('declarations:decision.recordCtifAnswer'),
    };
  }
  if (request?.action === 'final-decision' && request.decision === 'accept') {
    return {
      title: t('cases:confirm.finalAcceptTitle'),
      text: t('cases:confirm.finalAcceptText'),
      label: t('declarations:decision.finalAccept'),
    };
  }
  if (request?.action === 'declare-suspicion') {
    return {
      title: t('cases:suspicion.confirmTitle'),
      text: t('cases:suspicion.confirmText'),
      label: t('cases:suspicion.declare'),
    };
  }
  if (request?.action === 'report-personally') return personalReportConfirmText(t);
  if (request?.action === 'close-suspicion') {
    return {
      title: t('cases:suspicion.confirmCloseTitle'),
      text: t('cases:suspicion.confirmCloseText'),
      label: t('cases:suspicion.close'),
    };
  }
  return {
    title: t(`${subjectNs}:decision.confirmRefuseTitle`),
    text: t(`${subjectNs}:decision.confirmRefuseText`),
    label: t('declarations:decision.refuse'),
  };
}

function decisionBody(step: TStep): ReactNode {
  const { kase, isOfficer, isStale } = step;
  switch (kase.status) {
    case 'computed':
      if (isStale) return <Notice color="yellow" textKey="declarations:decision.stale" />;
      return (
        <Stack>
          {kase.blockers.includes('cash-payment') && kase.answers && (
            <CorrectCashAnswer answers={kase.answers} decision={step.decision} />
          )}
          {kase.level === 'heightened' ? <Propose {...step} /> : <AcceptOrRefuse {...step} />}
        </Stack>
      );
    case 'awaiting-officer':
      return isOfficer ? (
        <OfficerDecision {...step} />
      ) : (
        <SubjectNotice step={step} color="orange" textKey="awaitingOfficer" />
      );
    case 'suspicion-declared':
      return isOfficer ? (
        <SuspicionDecision {...step} />
      ) : (
        <Notice color="orange" textKey="cases:suspicion.declared" />
      );
    case 'awaiting-ctif':
      return isOfficer ? (
        <RecordCtifAnswer {...step} />
      ) : (
        <SubjectNotice step={step} color="grape" textKey="awaitingCtif" />
      );
    case 'ctif-answered':
      return isOfficer ? (
        <FinalDecision {...step} />
      ) : (
        <SubjectNotice step={step} color="orange" textKey="awaitingFinal" />
      );
    case 'reported-personally':
      return <PersonalReportFollowUp subjectId={kase.subjectId} decision={step.decision} />;
    case 'accepted':
      return <SubjectNotice step={step} color="green" textKey="accepted" testId="decision-final" />;
    case 'refused':
      return <SubjectNotice step={step} color="red" textKey="refused" testId="decision-final" />;
    default:
      return null;
  }
}

function Notice({
  color,
  textKey,
  testId = 'awaiting-notice',
}: {
  color: string;
  textKey: string;
  testId?: string;
}) {
  const { t } = useTranslation('declarations');
  return (
    <Alert color={color} data-testid={testId}>
      {t(textKey)}
    </Alert>
  );
}

function SubjectNotice({
  step,
  color,
  textKey,
  testId,
}: {
  step: TStep;
  color: string;
  textKey: string;
  testId?: string;
}) {
  return (
    <Notice color={color} textKey={`${step.subjectNs}:decision.${textKey}`} {...(testId ? { testId } : {})} />
  );
}

function Blockers({ blockers }: { blockers: AcceptanceBlocker[] }) {
  const { t } = useTranslation('declarations');
  return (
    <Alert
      color={blockers.some(isHardStop) ? 'red' : 'orange'}
      title={t(blockers.some(isHardStop) ? 'cases:blockersTitle' : 'cases:missingBeforeAcceptanceTitle')}
      data-testid="case-blockers"
    >
      <List size="sm">
        {blockers.map((code) => (
          <List.Item key={code}>{t(`cases:blocker.${code}`)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

function Comment({ text, setText }: TStep) {
  const { t } = useTranslation('declarations');
  return (
    <Textarea
      name="comment"
      label={t('decision.comment')}
      value={text}
      autosize
      minRows={2}
      onChange={(e) => setText(e.currentTarget.value)}
    />
  );
}

function Motivation({
  text,
  setText,
  decision,
  label,
  description,
}: TStep & { label: string; description?: string }) {
  const { t } = useTranslation('declarations');
  return (
    <Textarea
      name="motivation"
      label={label}
      description={description}
      required
      value={text}
      autosize
      minRows={3}
      error={fieldOrCodeError(t, decision.error, 'motivation', ['motivation_required'])}
      onChange={(e) => setText(e.currentTarget.value)}
    />
  );
}

/**
 * One button of the panel: sends its request, or first asks for confirmation when the request is an
 * irreversible legal act (a refusal, a report to CTIF-CFI, its answer, the final decision, closing a suspicion).
 */
function DecisionButton({
  step,
  request,
  confirmFirst = false,
  label,
  testId,
  color,
  variant,
  disabled,
}: {
  step: TStep;
  request: TDecisionRequest;
  confirmFirst?: boolean;
  label: string;
  testId: string;
  color?: string;
  variant?: string;
  disabled?: boolean;
}) {
  return (
    <Button
      {...(color ? { color } : {})}
      {...(variant ? { variant } : {})}
      {...(disabled !== undefined ? { disabled } : {})}
      onClick={() => (confirmFirst ? step.confirm(request) : step.send(request))}
      loading={step.decision.isPending}
      data-testid={testId}
    >
      {label}
    </Button>
  );
}

/**
 * A way to accept, offered only when nothing blocks acceptance. Proposing acceptance to the officer
 * stays open while PEP measures are gathered: only hard stops (asset freeze, cash…) hide it.
 */
function AcceptButton(props: Parameters<typeof DecisionButton>[0] & { proposal?: boolean }) {
  const { proposal = false, ...rest } = props;
  const blockers = proposal ? props.step.kase.blockers.filter(isHardStop) : props.step.kase.blockers;
  return blockers.length === 0 ? <DecisionButton {...rest} /> : null;
}

/** The officer's written justification for accepting a heightened case (issue 14, item 12). */
function Justification(step: TStep) {
  const { t } = useTranslation('declarations');
  return (
    <Textarea
      name="comment"
      label={t('cases:justification.label')}
      description={t('cases:justification.hint')}
      value={step.text}
      autosize
      minRows={3}
      error={fieldOrCodeError(t, step.decision.error, 'comment', ['motivation_required'])}
      onChange={(e) => step.setText(e.currentTarget.value)}
    />
  );
}

function ReportToCtifButton({ step }: { step: TStep }) {
  const { t } = useTranslation('declarations');
  return (
    <DecisionButton
      step={step}
      request={{ action: 'report-to-ctif', comment: step.text }}
      confirmFirst
      color="red"
      label={t('decision.reportToCtif')}
      testId="report-to-ctif"
    />
  );
}

function AcceptOrRefuse(step: TStep) {
  const { t } = useTranslation('declarations');
  return (
    <Stack>
      <Text size="sm">{t(`${step.subjectNs}:decision.normalText`)}</Text>
      <Group>
        <AcceptButton
          step={step}
          request={{ action: 'accept' }}
          color="green"
          label={t('decision.accept')}
          testId="decision-accept"
        />
        <DecisionButton
          step={step}
          request={{ action: 'refuse' }}
          confirmFirst
          color="red"
          variant="light"
          label={t('decision.refuse')}
          testId="decision-refuse"
        />
      </Group>
    </Stack>
  );
}

function Propose(step: TStep) {
  const { subjectNs, text } = step;
  const { t } = useTranslation('declarations');
  return (
    <Stack>
      <Alert color="orange" variant="light">
        {t(`${subjectNs}:decision.heightenedText`)}
      </Alert>
      <Motivation
        {...step}
        label={t('decision.motivation')}
        description={t(`${subjectNs}:decision.motivationHint`)}
      />
      <Group>
        <AcceptButton
          proposal
          step={step}
          request={{ action: 'propose', proposal: 'accept', motivation: text }}
          label={t('decision.proposeAccept')}
          testId="propose-accept"
        />
        <DecisionButton
          step={step}
          request={{ action: 'propose', proposal: 'refuse', motivation: text }}
          confirmFirst
          color="red"
          variant="light"
          label={t('decision.proposeRefuse')}
          testId="propose-refuse"
        />
      </Group>
    </Stack>
  );
}

function OfficerDecision(step: TStep) {
  const { t } = useTranslation('declarations');
  return (
    <Stack>
      <Text size="sm">{t(`${step.subjectNs}:decision.officerText`)}</Text>
      <Justification {...step} />
      <Group>
        <AcceptButton
          step={step}
          request={{ action: 'officer-accept', comment: step.text }}
          disabled={step.text.trim() === ''}
          color="green"
          label={t('decision.officerAccept')}
          testId="officer-accept"
        />
        <ReportToCtifButton step={step} />
      </Group>
    </Stack>
  );
}

function SuspicionDecision(step: TStep) {
  const { t } = useTranslation('declarations');
  const motivation = step.kase.timeline.findLast((e) => e.action === 'declare-suspicion')?.motivation ?? '';
  return (
    <Stack>
      <Text size="sm">{t('cases:suspicion.officerText', { motivation })}</Text>
      <Motivation {...step} label={t('cases:suspicion.closeReason')} />
      <Group>
        <ReportToCtifButton step={step} />
        <DecisionButton
          step={step}
          request={{ action: 'close-suspicion', motivation: step.text }}
          confirmFirst
          variant="light"
          label={t('cases:suspicion.close')}
          testId="close-suspicion"
        />
      </Group>
    </Stack>
  );
}

function RecordCtifAnswer(step: TStep) {
  const { t } = useTranslation('declarations');
  const [answer, setAnswer] = useState<TCtifAnswer>('no-objection');
  return (
    <Stack>
      <Text size="sm">{t('decision.awaitingCtifOfficer')}</Text>
      <Radio.Group
        label={t('decision.ctifAnswer')}
        value={answer}
        onChange={(v) => setAnswer(v as TCtifAnswer)}
      >
        <Group mt="xs">
          {(['no-objection', 'opposition'] as const).map((value) => (
            <Radio
              key={value}
              value={value}
              label={t(`timeline.ctifAnswer.${value}`)}
              data-testid={`ctif-${value}`}
            />
          ))}
        </Group>
      </Radio.Group>
      <Comment {...step} />
      <Group>
        <DecisionButton
          step={step}
          request={{ action: 'record-ctif-answer', answer, comment: step.text }}
          confirmFirst
          label={t('decision.recordCtifAnswer')}
          testId="record-ctif-answer"
        />
      </Group>
    </Stack>
  );
}

function FinalDecision(step: TStep) {
  const { kase, subjectNs, text } = step;
  const { t } = useTranslation('declarations');
  const answer = ctifAnswerOf(kase.timeline);
  const canAccept = answer !== 'opposition' && kase.blockers.length === 0;
  return (
    <Stack>
      <Text size="sm">{t('decision.finalText', { answer: t(`timeline.ctifAnswer.${answer}`) })}</Text>
      <Justification {...step} />
      <Group>
        <DecisionButton
          step={step}
          request={{ action: 'final-decision', decision: 'accept', comment: text }}
          confirmFirst
          color="green"
          disabled={!canAccept || text.trim() === ''}
          label={t('decision.finalAccept')}
          testId="final-accept"
        />
        <DecisionButton
          step={step}
          request={{ action: 'final-decision', decision: 'refuse', comment: text }}
          confirmFirst
          color="red"
          variant="light"
          label={t('decision.finalRefuse')}
          testId="final-refuse"
        />
      </Group>
      {answer === 'opposition' && (
        <Text size="sm" c="red">
          {t(`${subjectNs}:decision.oppositionBlocks`)}
        </Text>
      )}
    </Stack>
  );
}

/** Anyone may declare a suspicion, whatever the case's state (loi art. 47); it is confirmed first. */
function DeclareSuspicion({ confirm, decision }: TStep) {
  const { t } = useTranslation('declarations');
  const [isOpen, setOpen] = useState(false);
  const [motivation, setMotivation] = useState('');
  if (!isOpen) {
    return (
      <Group>
        <Button
          variant="subtle"
          color="red"
          onClick={() => setOpen(true)}
          data-testid="declare-suspicion-open"
        >
          {t('cases:suspicion.declare')}
        </Button>
      </Group>
    );
  }
  return (
    <Stack data-testid="declare-suspicion">
      <Text size="sm">{t('cases:suspicion.declareText')}</Text>
      <Textarea
        name="suspicion"
        label={t('cases:suspicion.motivation')}
        required
        value={motivation}
        autosize
        minRows={3}
        onChange={(e) => setMotivation(e.currentTarget.value)}
      />
      <Group>
        <Button
          color="red"
          disabled={motivation.trim() === ''}
          loading={decision.isPending}
          onClick={() => confirm({ action: 'declare-suspicion', motivation })}
          data-testid="declare-suspicion-submit"
        >
          {t('cases:suspicion.declare')}
        </Button>
      </Group>
    </Stack>
  );
}
