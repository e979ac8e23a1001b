import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { TRiskProfile } from '@vigilo/domain/contracts/risk.ts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../components/format-date.ts';
import { ApiError } from '../../../lib/api.ts';
import { useAmlStatus } from '../../aml/api/aml-status.ts';
import { useContactDocuments } from '../../contacts/api/documents.ts';
import { DueDiligenceGaps } from '../../contacts/components/due-diligence-panel.tsx';
import { CaseDecisionPanel } from '../../declarations/components/case-decision-panel.tsx';
import { CaseMeasuresPanel } from '../../declarations/components/case-measures-panel.tsx';
import { GoAmlCaseLink } from '../../goaml/components/goaml-case-link.tsx';
import { useActiveMembership } from '../../organisations/api/my-organisations.ts';
import { RequireActiveOrganisation } from '../../organisations/components/require-active-organisation.tsx';
import {
  riskProfileKey,
  type TAnswers,
  useApproveProfileAsManager,
  useComputeRiskProfile,
  useDecideRiskProfile,
  useRecordProfileMeasures,
  useRiskProfile,
  useSaveAnswers,
} from '../api/risk-profiles.ts';
import { CaseTimeline } from '../components/case-timeline.tsx';
import { DecisionStatusBadge } from '../components/decision-status-badge.tsx';
import { QuestionInput, type TQuestion } from '../components/question-input.tsx';
import { VigilanceResult } from '../components/vigilance-result.tsx';

/** `/contacts/:contactId/risk-profiles/:profileId`: questionnaire, result, decision and timeline. */
export function RiskProfilePage() {
  const { profileId } = useParams();
  return (
    <RequireActiveOrganisation>{() => <LoadedProfile profileId={profileId!} />}</RequireActiveOrganisation>
  );
}

/** `/risk-profiles/:profileId` (links from notifications): goes to the profile under its contact. */
export function RiskProfileRedirect() {
  const { profileId } = useParams();
  const { t } = useTranslation('declarations');
  const profile = useRiskProfile(profileId);
  if (profile.data)
    return <Navigate replace to={`/contacts/${profile.data.contactId}/risk-profiles/${profile.data.id}`} />;
  if (profile.error) return <ErrorAlert error={profile.error} />;
  return (
    <Center mt="xl">
      <Loader aria-label={t('common:loading')} />
    </Center>
  );
}

function LoadedProfile({ profileId }: { profileId: string }) {
  const { t } = useTranslation('declarations');
  const profile = useRiskProfile(profileId);
  if (profile.isPending) {
    return (
      <Center mt="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (!profile.data) return <ErrorAlert error={profile.error} />;
  return <RiskProfileView key={profile.data.id} profile={profile.data} />;
}

const editable = (p: TRiskProfile) => (p.status === 'draft' || p.status === 'computed') && p.isCurrentVersion;

function RiskProfileView({ profile }: { profile: TRiskProfile }) {
  const { t, i18n } = useTranslation('declarations');
  const status = useAmlStatus();
  const isOfficer = status.data?.myToolRole === 'officer';
  const questionnaire = useQuestionnaire(profile);
  const compute = useComputeRiskProfile(profile.id);
  const canEdit = editable(profile);
  const answerError = (questionId: string) => {
    const error = compute.error ?? questionnaire.saveError;
    if (!(error instanceof ApiError)) return undefined;
    const detail = error.body.details?.find((d) => d.field === `answers.${questionId}`);
    if (!detail) return undefined;
    return detail.code === 'required' ? t('risk:risk.error.required') : t('profile.answerInvalid');
  };
  return (
    <Stack maw={1000} mx="auto">
      <Stack gap={4}>
        <Anchor component={Link} to={`/contacts/${profile.contactId}?tab=risk-profiles`} size="sm">
          {t('profile.backToContact', { name: profile.contactDisplayName })}
        </Anchor>
        <Title order={2} data-testid="profile-title">
          {t(`risk:risk.questionnaire.contact-${profile.role}.title`)}
        </Title>
        <Group gap="xs">
          <Text fw={500}>{profile.contactDisplayName}</Text>
          <Badge variant="light" color="gray">
            {t('profile.contactVersion', { version: profile.contactVersionNo })}
          </Badge>
          <DecisionStatusBadge status={profile.status} />
          <Text size="xs" c="dimmed">
            {formatDateTime(profile.createdAt, i18n.language)}
          </Text>
        </Group>
      </Stack>
      {!profile.isCurrentVersion && (
        <Alert color="yellow" data-testid="older-version">
          {t('profile.olderVersion')}
        </Alert>
      )}
      <Paper withBorder p="md">
        <Stack>
          <Group justify="space-between">
            <Title order={4}>{t('profile.questions')}</Title>
            <Text size="xs" c="dimmed" data-testid="save-state">
              {questionnaire.isSaving ? t('profile.saving') : questionnaire.isDirty ? '' : t('profile.saved')}
            </Text>
          </Group>
          {questionnaire.questions.map((q: TQuestion) => (
            <div key={q.id} data-testid={`q-${q.id}`}>
              <QuestionInput
                question={q}
                value={questionnaire.answers[q.id]}
                readOnly={!canEdit}
                error={answerError(q.id)}
                onChange={(value, immediate) => questionnaire.change(q.id, value, immediate)}
              />
            </div>
          ))}
          {canEdit && (
            <Group justify="flex-end">
              <Button
                data-testid="compute"
                loading={compute.isPending || questionnaire.isSaving}
                onClick={async () => {
                  await questionnaire.flush();
                  compute.mutate(undefined, { onSuccess: () => questionnaire.markComputed() });
                }}
              >
                {profile.status === 'computed' ? t('profile.recompute') : t('profile.compute')}
              </Button>
            </Group>
          )}
          <ErrorAlert error={compute.error ?? questionnaire.saveError} />
        </Stack>
      </Paper>
      {profile.result && <VigilanceResult result={profile.result} />}
      {profile.caseMeasures && (profile.result?.level === 'heightened' || profile.caseMeasures.pepCase) && (
        <RiskProfileMeasures profile={profile} />
      )}
      <DueDiligenceGaps profile={profile} />
      <RiskProfileDecision
        profile={profile}
        isOfficer={isOfficer}
        isStale={questionnaire.changedSinceCompute}
      />
      {isOfficer && (
        <GoAmlCaseLink subjectType="risk_profile" subjectId={profile.id} status={profile.status} />
      )}
      <Paper withBorder p="md">
        <Stack>
          <Title order={4}>{t('timeline.title')}</Title>
          <CaseTimeline events={profile.timeline} />
        </Stack>
      </Paper>
    </Stack>
  );
}

/**
 * The answers as typed, saved as a draft after each tick (at once) or typing pause; each save tells which
 * follow-up questions now apply. Only the latest save's questions are kept.
 */
function useQuestionnaire(profile: TRiskProfile) {
  const save = useSaveAnswers(profile.id);
  const client = useQueryClient();
  const [answers, setAnswers] = useState<TAnswers>(profile.answers);
  const [questions, setQuestions] = useState(profile.questions);
  const [isDirty, setDirty] = useState(false);
  const [changedSinceCompute, setChangedSinceCompute] = useState(false);
  const latest = useRef(answers);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const sequence = useRef(0);
  useEffect(() => () => clearTimeout(timer.current), []);
  const flush = async () => {
    clearTimeout(timer.current);
    const mine = ++sequence.current;
    const saved = await save.mutateAsync(latest.current).catch(() => null);
    if (saved && mine === sequence.current) {
      setQuestions(saved.questions);
      setDirty(false);
      client.setQueryData(riskProfileKey(profile.id), (old: TRiskProfile | undefined) =>
        old ? { ...old, answers: saved.answers, questions: saved.questions } : old,
      );
    }
  };
  const change = (questionId: string, value: TAnswers[string] | undefined, immediate: boolean) => {
    const next = { ...latest.current };
    if (value === undefined) delete next[questionId];
    else next[questionId] = value;
    latest.current = next;
    setAnswers(next);
    setDirty(true);
    if (profile.status === 'computed') setChangedSinceCompute(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), immediate ? 0 : 600);
  };
  return {
    answers,
    questions,
    change,
    flush,
    isDirty,
    isSaving: save.isPending,
    saveError: save.error,
    changedSinceCompute,
    markComputed: () => setChangedSinceCompute(false),
  };
}

/** The enhanced measures of a heightened profile and, for a PEP, senior management's approval. */
function RiskProfileMeasures({ profile }: { profile: TRiskProfile }) {
  const { membership } = useActiveMembership();
  const documents = useContactDocuments(profile.contactId);
  const record = useRecordProfileMeasures(profile.id);
  const approve = useApproveProfileAsManager(profile.id);
  return (
    <CaseMeasuresPanel
      measures={profile.caseMeasures!}
      isOpen={profile.status !== 'accepted' && profile.status !== 'refused'}
      documents={(documents.data ?? []).map((d) => ({ id: d.id, filename: d.filename }))}
      record={record}
      approve={approve}
      isManager={membership?.isManager ?? false}
    />
  );
}

/** The case decision panel, bound to the risk profile's decision endpoint. */
function RiskProfileDecision({
  profile,
  isOfficer,
  isStale,
}: {
  profile: TRiskProfile;
  isOfficer: boolean;
  isStale: boolean;
}) {
  const decision = useDecideRiskProfile(profile.id);
  return (
    <CaseDecisionPanel
      kase={{
        status: profile.status,
        level: profile.result?.level ?? null,
        blockers: profile.blockers,
        timeline: profile.timeline,
        subjectId: profile.id,
        answers: profile.answers,
      }}
      subjectNs="declarations"
      decision={decision}
      isOfficer={isOfficer}
      isStale={isStale}
    />
  );
}
