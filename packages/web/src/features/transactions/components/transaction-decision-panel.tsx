import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import type { TDecisionRequest } from '@vigilo/domain/contracts/risk.ts';
import type { TTransactionDetail } from '@vigilo/domain/contracts/transactions.ts';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { fieldOrCodeError } from '../../../components/form-errors.ts';
import { useDecideTransaction } from '../api/transactions.ts';

type TProps = { transaction: TTransactionDetail; isOfficer: boolean };
type TCtifAnswer = 'no-objection' | 'opposition';
type TSend = (request: TDecisionRequest) => void;

/** CTIF-CFI's recorded answer, from the latest event that recorded one. */
function ctifAnswerOf(transaction: TTransactionDetail): TCtifAnswer | null {
  const event = transaction.timeline.findLast((e) => e.action === 'record-ctif-answer');
  const answer = event?.data.answer;
  return answer === 'no-objection' || answer === 'opposition' ? answer : null;
}

/**
 * What the user may decide now on a computed transaction (M6, M7): normal vigilance is accepted or
 * refused; heightened vigilance goes to the AML officer with a motivated proposal; the officer accepts or
 * reports to CTIF-CFI, records CTIF's answer and takes the final decision.
 */
export function TransactionDecisionPanel({ transaction, isOfficer }: TProps) {
  const { t } = useTranslation('transactions');
  const decide = useDecideTransaction(transaction.id);
  const [text, setText] = useState('');
  const send: TSend = (request) => decide.mutate(request, { onSuccess: () => setText('') });
  const comment = (
    <Textarea
      name="comment"
      label={t('declarations:decision.comment')}
      value={text}
      autosize
      minRows={2}
      onChange={(e) => setText(e.currentTarget.value)}
    />
  );
  const motivation = (
    <Textarea
      name="motivation"
      label={t('declarations:decision.motivation')}
      description={t('decision.motivationHint')}
      required
      value={text}
      autosize
      minRows={3}
      error={fieldOrCodeError(t, decide.error, 'motivation', ['motivation_required'])}
      onChange={(e) => setText(e.currentTarget.value)}
    />
  );
  const body = decisionBody({
    transaction,
    isOfficer,
    send,
    text,
    comment,
    motivation,
    isPending: decide.isPending,
  });
  if (!body) return null;
  return (
    <Paper withBorder p="md" data-testid="decision-panel">
      <Stack>
        <Title order={4}>{t('declarations:decision.title')}</Title>
        <ErrorAlert error={decide.error} />
        {body}
      </Stack>
    </Paper>
  );
}

type TBodyProps = TProps & {
  send: TSend;
  text: string;
  comment: ReactNode;
  motivation: ReactNode;
  isPending: boolean;
};

function decisionBody(props: TBodyProps): ReactNode {
  const { transaction, isOfficer } = props;
  switch (transaction.status) {
    case 'computed':
      return transaction.vigilanceLevel === 'heightened' ? (
        <Propose {...props} />
      ) : (
        <AcceptOrRefuse {...props} />
      );
    case 'awaiting-officer':
      return isOfficer ? <OfficerDecision {...props} /> : <Notice color="orange" textKey="awaitingOfficer" />;
    case 'awaiting-ctif':
      return isOfficer ? <RecordCtifAnswer {...props} /> : <Notice color="grape" textKey="awaitingCtif" />;
    case 'ctif-answered':
      return isOfficer ? <FinalDecision {...props} /> : <Notice color="orange" textKey="awaitingFinal" />;
    case 'accepted':
      return (
        <Alert color="green" data-testid="decision-final">
          <NoticeText textKey="accepted" />
        </Alert>
      );
    case 'refused':
      return (
        <Alert color="red" data-testid="decision-final">
          <NoticeText textKey="refused" />
        </Alert>
      );
    default:
      return null;
  }
}

function NoticeText({ textKey }: { textKey: string }) {
  const { t } = useTranslation('transactions');
  return <>{t(`decision.${textKey}`)}</>;
}

function Notice({ color, textKey }: { color: string; textKey: string }) {
  return (
    <Alert color={color} data-testid="awaiting-notice">
      <NoticeText textKey={textKey} />
    </Alert>
  );
}

function AcceptOrRefuse({ send, isPending }: TBodyProps) {
  const { t } = useTranslation('transactions');
  return (
    <Stack>
      <Text size="sm">{t('decision.normalText')}</Text>
      <Group>
        <Button
          color="green"
          onClick={() => send({ action: 'accept' })}
          loading={isPending}
          data-testid="decision-accept"
        >
          {t('declarations:decision.accept')}
        </Button>
        <Button
          color="red"
          variant="light"
          onClick={() => send({ action: 'refuse' })}
          loading={isPending}
          data-testid="decision-refuse"
        >
          {t('declarations:decision.refuse')}
        </Button>
      </Group>
    </Stack>
  );
}

function Propose({ send, text, motivation, isPending }: TBodyProps) {
  const { t } = useTranslation('transactions');
  const propose = (proposal: 'accept' | 'refuse') => send({ action: 'propose', proposal, motivation: text });
  return (
    <Stack>
      <Alert color="orange" variant="light">
        {t('decision.heightenedText')}
      </Alert>
      {motivation}
      <Group>
        <Button onClick={() => propose('accept')} loading={isPending} data-testid="propose-accept">
          {t('declarations:decision.proposeAccept')}
        </Button>
        <Button
          color="red"
          variant="light"
          onClick={() => propose('refuse')}
          loading={isPending}
          data-testid="propose-refuse"
        >
          {t('declarations:decision.proposeRefuse')}
        </Button>
      </Group>
    </Stack>
  );
}

function OfficerDecision({ send, text, comment, isPending }: TBodyProps) {
  const { t } = useTranslation('transactions');
  return (
    <Stack>
      <Text size="sm">{t('decision.officerText')}</Text>
      {comment}
      <Group>
        <Button
          color="green"
          onClick={() => send({ action: 'officer-accept', comment: text })}
          loading={isPending}
          data-testid="officer-accept"
        >
          {t('declarations:decision.officerAccept')}
        </Button>
        <Button
          color="red"
          onClick={() => send({ action: 'report-to-ctif', comment: text })}
          loading={isPending}
          data-testid="report-to-ctif"
        >
          {t('declarations:decision.reportToCtif')}
        </Button>
      </Group>
    </Stack>
  );
}

function RecordCtifAnswer({ send, text, comment, isPending }: TBodyProps) {
  const { t } = useTranslation('transactions');
  const [answer, setAnswer] = useState<TCtifAnswer>('no-objection');
  return (
    <Stack>
      <Text size="sm">{t('declarations:decision.awaitingCtifOfficer')}</Text>
      <Radio.Group
        label={t('declarations:decision.ctifAnswer')}
        value={answer}
        onChange={(v) => setAnswer(v as TCtifAnswer)}
      >
        <Group mt="xs">
          <Radio
            value="no-objection"
            label={t('declarations:timeline.ctifAnswer.no-objection')}
            data-testid="ctif-no-objection"
          />
          <Radio
            value="opposition"
            label={t('declarations:timeline.ctifAnswer.opposition')}
            data-testid="ctif-opposition"
          />
        </Group>
      </Radio.Group>
      {comment}
      <Group>
        <Button
          onClick={() => send({ action: 'record-ctif-answer', answer, comment: text })}
          loading={isPending}
          data-testid="record-ctif-answer"
        >
          {t('declarations:decision.recordCtifAnswer')}
        </Button>
      </Group>
    </Stack>
  );
}

function FinalDecision({ transaction, send, text, comment, isPending }: TBodyProps) {
  const { t } = useTranslation('transactions');
  const answer = ctifAnswerOf(transaction) ?? 'no-objection';
  const opposed = answer === 'opposition';
  return (
    <Stack>
      <Text size="sm">
        {t('declarations:decision.finalText', { answer: t(`declarations:timeline.ctifAnswer.${answer}`) })}
      </Text>
      {comment}
      <Group>
        <Button
          color="green"
          disabled={opposed}
          onClick={() => send({ action: 'final-decision', decision: 'accept', comment: text })}
          loading={isPending}
          data-testid="final-accept"
        >
          {t('declarations:decision.finalAccept')}
        </Button>
        <Button
          color="red"
          variant="light"
          onClick={() => send({ action: 'final-decision', decision: 'refuse', comment: text })}
          loading={isPending}
          data-testid="final-refuse"
        >
          {t('declarations:decision.finalRefuse')}
        </Button>
      </Group>
      {opposed && (
        <Text size="sm" c="red">
          {t('decision.oppositionBlocks')}
        </Text>
      )}
    </Stack>
  );
}
