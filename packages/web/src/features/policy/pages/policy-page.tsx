import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LEGAL_VERSIONS, type LegalVersion } from '@vigilo/domain/legal/index.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { fieldOrCodeError } from '../../../components/form-errors.ts';
import { formatDateTime } from '../../../components/format-date.ts';
import { useAmlStatus } from '../../aml/api/aml-status.ts';
import { RequireActiveOrganisation } from '../../organisations/components/require-active-organisation.tsx';
import { type TPolicyResponse, usePolicy, useSavePolicy } from '../api/policy.ts';
import { AgencyCriteriaEditor } from '../components/agency-criteria-editor.tsx';
import { FactorsTable } from '../components/factors-table.tsx';
import { draftToPolicy, policyToDraft, type TPolicyDraft } from '../components/policy-draft.ts';

/** The client acceptance policy (law of 18 September 2017 art. 19, §2; 2022 regulation): officers edit it, everyone else reads it. */
export function PolicyPage() {
  return <RequireActiveOrganisation>{() => <LoadedPolicy />}</RequireActiveOrganisation>;
}

function LoadedPolicy() {
  const { t } = useTranslation('policy');
  const policy = usePolicy();
  const status = useAmlStatus();
  if (policy.isPending || status.isPending) {
    return (
      <Center mt="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (!policy.data) return <ErrorAlert error={policy.error} />;
  return (
    <PolicyForm
      key={policy.data.version}
      policy={policy.data}
      canEdit={status.data?.myToolRole === 'officer'}
    />
  );
}

/** The legal version a policy was written for; policies saved before it was recorded follow the 2017 law. */
function policyLegalVersion(policy: Record<string, unknown>): LegalVersion {
  return LEGAL_VERSIONS.find((v) => v === policy.legalVersion) ?? 'be-2017';
}

function PolicyForm({ policy, canEdit }: { policy: TPolicyResponse; canEdit: boolean }) {
  const { t, i18n } = useTranslation('policy');
  const save = useSavePolicy();
  const [draft, setDraft] = useState(() => policyToDraft(policy));
  const set = (patch: Partial<TPolicyDraft>) => setDraft({ ...draft, ...patch });
  const errorOf = (field: string) => fieldOrCodeError(t, save.error, field);
  const number = (
    key:
      | 'heightenedFromScore'
      | 'reviewNormal'
      | 'reviewHeightened'
      | 'priceDeviationPct'
      | 'quickResaleMarkupPct',
    field: string,
    extra: { min: number; max?: number },
  ) => ({
    value: draft[key],
    readOnly: !canEdit,
    error: errorOf(field),
    ...extra,
    onChange: (v: number | string) => set({ [key]: typeof v === 'number' ? v : 0 }),
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(draftToPolicy(draft), {
          onSuccess: (saved) =>
            notifications.show({ color: 'green', message: t('saved', { version: saved.version }) }),
        });
      }}
    >
      <Stack maw={1100} mx="auto">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={2}>{t('title')}</Title>
            <Text c="dimmed" size="sm">
              {t('intro')}
            </Text>
            {canEdit && (
              <Anchor component={Link} to="/risk-assessment" size="sm" data-testid="policy-risk-assessment">
                {t('officer-reports:assessment.policyLink')}
              </Anchor>
            )}
          </div>
          <Badge size="lg" variant="light" data-testid="policy-version">
            {t('version', { version: policy.version })}
          </Badge>
        </Group>
        <Text size="sm" data-testid="policy-author">
          {policy.isDefault
            ? t('isDefault')
            : t('changedBy', {
                name: policy.updatedByName ?? '—',
                date: policy.updatedAt ? formatDateTime(policy.updatedAt, i18n.language) : '—',
              })}
        </Text>
        <Text size="sm" c="dimmed" data-testid="policy-legal-version">
          {t('legalVersion', {
            rules: t(`declarations:legal.${policyLegalVersion(policy.policy)}`),
          })}
        </Text>
        {!canEdit && <Alert color="blue">{t('readOnly')}</Alert>}
        <ErrorAlert error={save.error} />
        <Paper withBorder p="md">
          <Stack>
            <Title order={4}>{t('scale.title')}</Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NumberInput
                label={t('scale.heightenedFromScore')}
                description={t('scale.heightenedFromScoreHint')}
                {...number('heightenedFromScore', 'policy.riskScale.heightenedFromScore', { min: 1 })}
              />
              <NumberInput
                label={t('scale.reviewNormal')}
                description={t('scale.reviewHint')}
                {...number('reviewNormal', 'policy.reviewPeriodMonths.normal', { min: 1, max: 24 })}
              />
              <NumberInput
                label={t('scale.reviewHeightened')}
                description={t('scale.reviewHeightenedHint')}
                {...number('reviewHeightened', 'policy.reviewPeriodMonths.heightened', { min: 1, max: 24 })}
              />
              <NumberInput
                label={t('scale.priceDeviation')}
                suffix=" %"
                {...number('priceDeviationPct', 'policy.priceDeviationBasisPoints', { min: 0 })}
              />
              <NumberInput
                label={t('scale.quickResaleMarkup')}
                suffix=" %"
                {...number('quickResaleMarkupPct', 'policy.quickResaleMarkupBasisPoints', { min: 0 })}
              />
            </SimpleGrid>
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Stack>
            <Title order={4}>{t('factors.title')}</Title>
            <FactorsTable
              catalog={policy.factorCatalog}
              value={draft.factors}
              onChange={(factors) => set({ factors })}
              readOnly={!canEdit}
              errorOf={errorOf}
            />
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Stack>
            <Title order={4}>{t('criteria.title')}</Title>
            <Text size="sm" c="dimmed">
              {t('criteria.intro')}
            </Text>
            <AgencyCriteriaEditor
              value={draft.agencyCriteria}
              onChange={(agencyCriteria) => set({ agencyCriteria })}
              readOnly={!canEdit}
              errorOf={errorOf}
            />
          </Stack>
        </Paper>
        {canEdit && (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} data-testid="policy-save">
              {t('save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
