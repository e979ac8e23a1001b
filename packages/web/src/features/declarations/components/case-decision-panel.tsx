import { Alert, Button, Group, List, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import type { decisionStatuses, TCaseEvent, TDecisionRequest } from '@vigilo/domain/contracts/risk.ts';
import type { AcceptanceBlocker } from '@vigilo/domain/risk/index.ts';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { fieldOrCodeError } from '../../../components/form-errors.ts';

type TCtifAnswer = 'no-objection' | 'opposition';

/** What the panel needs of a case, whatever its subject (risk profile or transaction). */
export type TCaseView = {
  status: (typeof decisionStatuses)[number];
  level: 'normal' | 'heightened' | null;
  blockers: AcceptanceBlocker[];
  timeline: TCaseEvent[];
};

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
  // Refusals, suspicions and closing a suspicion are irreversible legal acts: confirmed first.
  const [toConfirm, setToConfirm] = useState<TDecisionRequest | null>(null);
  const send = (request: TDecisionRequest) =>
    decision.mutate(request, { onSuccess: () => setText(''), onSettled: () => setToConfirm(null) });
  const step: TStep = { ...props, send, confirm: setToConfirm, text, setText };
  const body = decisionBody(step);
  const canDeclare = kase.status !== 'suspicion-declared' && kase.status !== 'awaiting-ctif';
  return (
    <Paper withBorder p="md" data-testid="decision-panel">
      <Stack>
        <Title order={4}>{t('decision.title')}</Title>
        <ErrorAlert error={decision.error} />
        {kase.blockers.length > 0 && <Blockers blockers={kase.blockers} />}
        {body}
        {canDeclare && <DeclareSuspicion {...step} />}
      </Stack>
      <ConfirmModal
        opened={toConfirm !== null}
        title={confirmText(t, props.subjectNs, toConfirm).title}
        text={confirmText(t, props.subjectNs, toConfirm).text}
        confirmLabel={confirmText(t, props.subjectNs, toConfirm).label}
        loading={decision.isPending}
        onCancel={() => setToConfirm(null)}
        onConfirm={() => toConfirm && send(toConfirm)}
      />
    </Paper>
  );
}

function confirmText(
  t: (key: string) => string,
  subjectNs: TProps['subjectNs'],
  request: TDecisionRequest | null,
): { title: string; text: string; label: string } {
  if (request?.action === 'declare-suspicion') {
    return {
      title: t('cases:suspicion.confirmTitle'),
      text: t('cases:suspicion.confirmText'),
      label: t('cases:suspicion.declare'),
    };
  }
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
      return kase.level === 'heightened' ? <Propose {...step} /> : <AcceptOrRefuse {...step} />;
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
    <Alert color="red" title={t('cases:blockersTitle')} data-testid="case-blockers">
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

function AcceptOrRefuse({ kase, subjectNs, send, confirm, decision }: TStep) {
  const { t } = useTranslation('declarations');
  return (
    <Stack>
      <Text size="sm">{t(`${subjectNs}:decision.normalText`)}</Text>
      <Group>
        {kase.blockers.length === 0 && (
          <Button
            color="green"
            onClick={() => send({ action: 'accept' })}
            loading={decision.isPending}
            data-testid="decision-accept"
          >
            {t('decision.accept')}
          </Button>
        )}
        <Button
          color="red"
          variant="light"
          onClick={() => confirm({ action: 'refuse' })}
          loading={decision.isPending}
          data-testid="decision-refuse"
        >
          {t('decision.refuse')}
        </Button>
      </Group>
    </Stack>
  );
}

function Propose(step: TStep) {
  const { kase, subjectNs, send, confirm, text, decision } = step;
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
        {kase.blockers.length === 0 && (
          <Button
            onClick={() => send({ action: 'propose', proposal: 'accept', motivation: text })}
            loading={decision.isPending}
            data-testid="propose-accept"
          >
            {t('decision.proposeAccept')}
          </Button>
        )}
        <Button
          color="red"
          variant="light"
          onClick={() => confirm({ action: 'propose', proposal: 'refuse', motivation: text })}
          loading={decision.isPending}
          data-testid="propose-refuse"
        >
          {t('decision.proposeRefuse')}
        </Button>
      </Group>
    </Stack>
  );
}

function OfficerDecision(step: TStep) {
  const { kase, subjectNs, send, text, decision } = step;
  const { t } = useTranslation('declarations');
  return (
    <Stack>
      <Text size="sm">{t(`${subjectNs}:decision.officerText`)}</Text>
      <Comment {...step} />
      <Group>
        {kase.blockers.length === 0 && (
          <Button
            color="green"
            onClick={() => send({ action: 'officer-accept', comment: text })}
            loading={decision.isPending}
            data-testid="officer-accept"
          >
            {t('decision.officerAccept')}
          </Button>
        )}
        <Button
          color="red"
          onClick={() => send({ action: 'report-to-ctif', comment: text })}
          loading={decision.isPending}
          data-testid="report-to-ctif"
        >
          {t('decision.reportToCtif')}
        </Button>
      </Group>
    </Stack>
  );
}

function SuspicionDecision(step: TStep) {
  const { kase, send, confirm, text, decision } = step;
  const { t } = useTranslation('declarations');
  const motivation = kase.timeline.findLast((e) => e.action === 'declare-suspicion')?.motivation ?? '';
  return (
    <Stack>
      <Text size="sm">{t('cases:suspicion.officerText', { motivation })}</Text>
      <Motivation {...step} label={t('cases:suspicion.closeReason')} />
      <Group>
        <Button
          color="red"
          onClick={() => send({ action: 'report-to-ctif', comment: text })}
          loading={decision.isPending}
          data-testid="report-to-ctif"
        >
          {t('decision.reportToCtif')}
        </Button>
        <Button
          variant="light"
          onClick={() => confirm({ action: 'close-suspicion', motivation: text })}
          loading={decision.isPending}
          data-testid="close-suspicion"
        >
          {t('cases:suspicion.close')}
        </Button>
      </Group>
    </Stack>
  );
}

function RecordCtifAnswer(step: TStep) {
  const { send, text, decision } = step;
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
          <Radio
            value="no-objection"
            label={t('timeline.ctifAnswer.no-objection')}
            data-testid="ctif-no-objection"
          />
          <Radio
            value="opposition"
            label={t('timeline.ctifAnswer.opposition')}
            data-testid="ctif-opposition"
          />
        </Group>
      </Radio.Group>
      <Comment {...step} />
      <Group>
        <Button
          onClick={() => send({ action: 'record-ctif-answer', answer, comment: text })}
          loading={decision.isPending}
          data-testid="record-ctif-answer"
        >
          {t('decision.recordCtifAnswer')}
        </Button>
      </Group>
    </Stack>
  );
}

function FinalDecision(step: TStep) {
  const { kase, subjectNs, send, confirm, text, decision } = step;
  const { t } = useTranslation('declarations');
  const answer = ctifAnswerOf(kase.timeline);
  const canAccept = answer !== 'opposition' && kase.blockers.length === 0;
  return (
    <Stack>
      <Text size="sm">{t('decision.finalText', { answer: t(`timeline.ctifAnswer.${answer}`) })}</Text>
      <Comment {...step} />
      <Group>
        <Button
          color="green"
          disabled={!canAccept}
          onClick={() => send({ action: 'final-decision', decision: 'accept', comment: text })}
          loading={decision.isPending}
          data-testid="final-accept"
        >
          {t('decision.finalAccept')}
        </Button>
        <Button
          color="red"
          variant="light"
          onClick={() => confirm({ action: 'final-decision', decision: 'refuse', comment: text })}
          loading={decision.isPending}
          data-testid="final-refuse"
        >
          {t('decision.finalRefuse')}
        </Button>
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
