import { Alert, Button, Group, MultiSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import type { TCaseMeasures } from '@vigilo/domain/contracts/risk.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../components/format-date.ts';

export type TMeasuresInput = {
  sourceOfWealth: string;
  sourceOfFunds: string;
  additionalInformation: string;
  documentIds: string[];
};

/** A TanStack mutation, as the panel uses it. */
type TMutation<TInput> = {
  mutate: (input: TInput, options?: { onSuccess?: () => void; onSettled?: () => void }) => void;
  isPending: boolean;
  error: unknown;
};

type TProps = {
  measures: TCaseMeasures;
  /** Only a case not yet decided takes new measures or an approval. */
  isOpen: boolean;
  /** Documents of the organisation the measures may point to (the contact's, the transaction's). */
  documents: { id: string; filename: string }[];
  record: TMutation<TMeasuresInput>;
  /** Senior management's approval: offered to a manager on a PEP case. */
  approve?: TMutation<string>;
  isManager: boolean;
};

/**
 * The enhanced measures of a heightened case (issue 14, item 12): what additional information was
 * obtained and, for a PEP (loi art. 41 §1), the source of wealth, the source of funds and senior
 * management's approval, each required before the officer may accept.
 */
export function CaseMeasuresPanel({ measures, isOpen, documents, record, approve, isManager }: TProps) {
  const { t, i18n } = useTranslation('cases');
  const recorded = measures.measures;
  const [draft, setDraft] = useState<TMeasuresInput>({
    sourceOfWealth: recorded?.sourceOfWealth ?? '',
    sourceOfFunds: recorded?.sourceOfFunds ?? '',
    additionalInformation: recorded?.additionalInformation ?? '',
    documentIds: recorded?.documentIds ?? [],
  });
  const [comment, setComment] = useState('');
  const [confirming, setConfirming] = useState(false);
  const set = (patch: Partial<TMeasuresInput>) => setDraft({ ...draft, ...patch });
  const sourcesRecorded = Boolean(recorded?.sourceOfWealth && recorded?.sourceOfFunds);
  const nameOf = (id: string) =>
    documents.find((d) => d.id === id)?.filename ?? t('measures.unknownDocument');
  return (
    <Paper withBorder p="md" data-testid="case-measures">
      <Stack>
        <Title order={4}>{t('measures.title')}</Title>
        {measures.pepCase ? (
          <Alert color="orange" data-testid="pep-measures-notice">
            {t('measures.pepText')}
          </Alert>
        ) : (
          <Text size="sm">{t('measures.text')}</Text>
        )}
        {recorded && (
          <Stack gap={4} data-testid="measures-recorded">
            <Text size="sm" c="dimmed">
              {t('measures.recordedBy', {
                name: recorded.recordedByName ?? '—',
                date: formatDateTime(recorded.recordedAt, i18n.language),
              })}
            </Text>
            {recorded.documentIds.length > 0 && (
              <Text size="sm">
                {t('measures.documents')}: {recorded.documentIds.map(nameOf).join(', ')}
              </Text>
            )}
          </Stack>
        )}
        {isOpen ? (
          <>
            <Textarea
              name="sourceOfWealth"
              label={t('measures.sourceOfWealth')}
              description={t('measures.sourceOfWealthHint')}
              required={measures.pepCase}
              autosize
              minRows={2}
              value={draft.sourceOfWealth}
              onChange={(e) => set({ sourceOfWealth: e.currentTarget.value })}
            />
            <Textarea
              name="sourceOfFunds"
              label={t('measures.sourceOfFunds')}
              description={t('measures.sourceOfFundsHint')}
              required={measures.pepCase}
              autosize
              minRows={2}
              value={draft.sourceOfFunds}
              onChange={(e) => set({ sourceOfFunds: e.currentTarget.value })}
            />
            <Textarea
              name="additionalInformation"
              label={t('measures.additionalInformation')}
              autosize
              minRows={2}
              value={draft.additionalInformation}
              onChange={(e) => set({ additionalInformation: e.currentTarget.value })}
            />
            <MultiSelect
              name="documentIds"
              label={t('measures.documents')}
              description={t('measures.documentsHint')}
              data={documents.map((d) => ({ value: d.id, label: d.filename }))}
              value={draft.documentIds}
              onChange={(documentIds) => set({ documentIds })}
              nothingFoundMessage={t('measures.noDocument')}
            />
            <ErrorAlert error={record.error} />
            <Group>
              <Button
                loading={record.isPending}
                onClick={() => record.mutate(draft)}
                data-testid="record-measures"
              >
                {t('measures.record')}
              </Button>
            </Group>
          </>
        ) : (
          recorded && (
            <Stack gap={4}>
              {(
                [
                  ['sourceOfWealth', recorded.sourceOfWealth],
                  ['sourceOfFunds', recorded.sourceOfFunds],
                  ['additionalInformation', recorded.additionalInformation],
                ] as const
              ).map(([key, value]) => (
                <Text key={key} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  <b>{t(`measures.${key}`)}</b> {value || '—'}
                </Text>
              ))}
            </Stack>
          )
        )}
        {measures.pepCase && (
          <Stack gap="xs" data-testid="manager-approval">
            <Title order={5}>{t('measures.approvalTitle')}</Title>
            {measures.managerApproval ? (
              <Alert color="green" data-testid="manager-approved">
                {t('measures.approvedBy', {
                  name: measures.managerApproval.approvedByName ?? '—',
                  date: formatDateTime(measures.managerApproval.approvedAt, i18n.language),
                })}
                {measures.managerApproval.comment ? ` — ${measures.managerApproval.comment}` : ''}
              </Alert>
            ) : (
              <Text size="sm">{t(isManager ? 'measures.approvalText' : 'measures.approvalAwaited')}</Text>
            )}
            {isOpen && isManager && approve && !measures.managerApproval && (
              <>
                {!sourcesRecorded && (
                  <Text size="sm" c="orange">
                    {t('measures.approvalNeedsSources')}
                  </Text>
                )}
                <Textarea
                  name="approvalComment"
                  label={t('measures.approvalComment')}
                  autosize
                  minRows={2}
                  value={comment}
                  onChange={(e) => setComment(e.currentTarget.value)}
                />
                <ErrorAlert error={approve.error} />
                <Group>
                  <Button
                    color="green"
                    disabled={!sourcesRecorded}
                    onClick={() => setConfirming(true)}
                    data-testid="manager-approve"
                  >
                    {t('measures.approve')}
                  </Button>
                </Group>
                <ConfirmModal
                  opened={confirming}
                  title={t('measures.confirmApproveTitle')}
                  text={t('measures.confirmApproveText')}
                  confirmLabel={t('measures.approve')}
                  loading={approve.isPending}
                  onCancel={() => setConfirming(false)}
                  onConfirm={() =>
                    approve.mutate(comment, {
                      onSuccess: () => setComment(''),
                      onSettled: () => setConfirming(false),
                    })
                  }
                />
              </>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
