import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import type { TDecisionRequest, TRiskProfile } from '@vigilo/domain/contracts/risk.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { fieldOrCodeError } from '../../../components/form-errors.ts';
import { useDecideRiskProfile } from '../api/risk-profiles.ts';

type TProps = {
  profile: TRiskProfile;
  isOfficer: boolean;
  /** Answers changed since the last computation: decide only on an up-to-date result. */
  isStale: boolean;
};

/**
 * What the user may decide now (capability M6): normal vigilance is accepted or refused; heightened
 * vigilance goes to the AML officer with a motivated proposal; the officer accepts or reports to CTIF-CFI,
 * records CTIF's answer and takes the final decision.
 */
export function DecisionPanel({ profile, isOfficer, isStale }: TProps) {
  const { t } = useTranslation('declarations');
  const decide = useDecideRiskProfile(profile.id);
  const [text, setText] = useState('');
  const [ctifAnswer, setCtifAnswer] = useState<'no-objection' | 'opposition'>('no-objection');
  // A refusal ends the work with the contact for good: it is confirmed first.
  const [toConfirm, setToConfirm] = useState<TDecisionRequest | null>(null);
  const send = (request: TDecisionRequest) =>
    decide.mutate(request, {
      onSuccess: () => setText(''),
      onSettled: () => setToConfirm(null),
    });
  const level = profile.result?.level;
  const status = profile.status;
  const comment = (
    <Textarea
      name="comment"
      label={t('decision.comment')}
      value={text}
      autosize
      minRows={2}
      onChange={(e) => setText(e.currentTarget.value)}
    />
  );
  let body: React.ReactNode = null;
  if (status === 'computed' && isStale) {
    body = <Alert color="yellow">{t('decision.stale')}</Alert>;
  } else if (status === 'computed' && level === 'normal') {
    body = (
      <Stack>
        <Text size="sm">{t('decision.normalText')}</Text>
        <Group>
          <Button
            color="green"
            onClick={() => send({ action: 'accept' })}
            loading={decide.isPending}
            data-testid="decision-accept"
          >
            {t('decision.accept')}
          </Button>
          <Button
            color="red"
            variant="light"
            onClick={() => setToConfirm({ action: 'refuse' })}
            loading={decide.isPending}
            data-testid="decision-refuse"
          >
            {t('decision.refuse')}
          </Button>
        </Group>
      </Stack>
    );
  } else if (status === 'computed' && level === 'heightened') {
    const propose = (proposal: 'accept' | 'refuse') =>
      send({ action: 'propose', proposal, motivation: text });
    body = (
      <Stack>
        <Alert color="orange" variant="light">
          {t('decision.heightenedText')}
        </Alert>
        <Textarea
          name="motivation"
          label={t('decision.motivation')}
          description={t('decision.motivationHint')}
          required
          value={text}
          autosize
          minRows={3}
          error={fieldOrCodeError(t, decide.error, 'motivation', ['motivation_required'])}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Group>
          <Button onClick={() => propose('accept')} loading={decide.isPending} data-testid="propose-accept">
            {t('decision.proposeAccept')}
          </Button>
          <Button
            color="red"
            variant="light"
            onClick={() => setToConfirm({ action: 'propose', proposal: 'refuse', motivation: text })}
            loading={decide.isPending}
            data-testid="propose-refuse"
          >
            {t('decision.proposeRefuse')}
          </Button>
        </Group>
      </Stack>
    );
  } else if (status === 'awaiting-officer') {
    body = isOfficer ? (
      <Stack>
        <Text size="sm">{t('decision.officerText')}</Text>
        {comment}
        <Group>
          <Button
            color="green"
            onClick={() => send({ action: 'officer-accept', comment: text })}
            loading={decide.isPending}
            data-testid="officer-accept"
          >
            {t('decision.officerAccept')}
          </Button>
          <Button
            color="red"
            onClick={() => send({ action: 'report-to-ctif', comment: text })}
            loading={decide.isPending}
            data-testid="report-to-ctif"
          >
            {t('decision.reportToCtif')}
          </Button>
        </Group>
      </Stack>
    ) : (
      <Alert color="orange" data-testid="awaiting-notice">
        {t('decision.awaitingOfficer')}
      </Alert>
    );
  } else if (status === 'awaiting-ctif') {
    body = isOfficer ? (
      <Stack>
        <Text size="sm">{t('decision.awaitingCtifOfficer')}</Text>
        <Radio.Group
          label={t('decision.ctifAnswer')}
          value={ctifAnswer}
          onChange={(v) => setCtifAnswer(v as typeof ctifAnswer)}
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
        {comment}
        <Group>
          <Button
            onClick={() => send({ action: 'record-ctif-answer', answer: ctifAnswer, comment: text })}
            loading={decide.isPending}
            data-testid="record-ctif-answer"
          >
            {t('decision.recordCtifAnswer')}
          </Button>
        </Group>
      </Stack>
    ) : (
      <Alert color="grape" data-testid="awaiting-notice">
        {t('decision.awaitingCtif')}
      </Alert>
    );
  } else if (status === 'ctif-answered') {
    const opposed = profile.ctifAnswer === 'opposition';
    body = isOfficer ? (
      <Stack>
        <Text size="sm">
          {t('decision.finalText', {
            answer: t(`timeline.ctifAnswer.${profile.ctifAnswer ?? 'no-objection'}`),
          })}
        </Text>
        {comment}
        <Group>
          <Button
            color="green"
            disabled={opposed}
            onClick={() => send({ action: 'final-decision', decision: 'accept', comment: text })}
            loading={decide.isPending}
            data-testid="final-accept"
          >
            {t('decision.finalAccept')}
          </Button>
          <Button
            color="red"
            variant="light"
            onClick={() => setToConfirm({ action: 'final-decision', decision: 'refuse', comment: text })}
            loading={decide.isPending}
            data-testid="final-refuse"
          >
            {t('decision.finalRefuse')}
          </Button>
        </Group>
        {opposed && (
          <Text size="sm" c="red">
            {t('decision.oppositionBlocks')}
          </Text>
        )}
      </Stack>
    ) : (
      <Alert color="orange" data-testid="awaiting-notice">
        {t('decision.awaitingFinal')}
      </Alert>
    );
  } else if (status === 'accepted') {
    body = (
      <Alert color="green" data-testid="decision-final">
        {t('decision.accepted')}
      </Alert>
    );
  } else if (status === 'refused') {
    body = (
      <Alert color="red" data-testid="decision-final">
        {t('decision.refused')}
      </Alert>
    );
  }
  if (!body) return null;
  return (
    <Paper withBorder p="md" data-testid="decision-panel">
      <Stack>
        <Title order={4}>{t('decision.title')}</Title>
        <ErrorAlert error={decide.error} />
        {body}
      </Stack>
      <ConfirmModal
        opened={toConfirm !== null}
        title={t('decision.confirmRefuseTitle')}
        text={t('decision.confirmRefuseText')}
        confirmLabel={t('decision.refuse')}
        loading={decide.isPending}
        onCancel={() => setToConfirm(null)}
        onConfirm={() => toConfirm && send(toConfirm)}
      />
    </Paper>
  );
}
