import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import type { TPepStandingView } from '@vigilo/domain/contracts/contacts.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { fieldOrCodeError } from '../../../components/form-errors.ts';
import { formatDate, formatDateTime } from '../../../components/format-date.ts';
import { useActiveMembership } from '../../organisations/api/my-organisations.ts';
import { useRecordPepAssessment } from '../api/contacts.ts';

const colors: Record<TPepStandingView['standing'], string> = {
  'not-pep': 'gray',
  'in-office': 'orange',
  'left-within-12-months': 'orange',
  'left-over-12-months': 'yellow',
  'risk-ended': 'green',
};

/**
 * Where a PEP stands (loi art. 41): heightened vigilance in office and for 12 months after it, then until
 * the AML officer records a documented assessment ending it — the officer's action, confirmed first.
 */
export function PepStandingPanel({ contactId, standing }: { contactId: string; standing: TPepStandingView }) {
  const { t, i18n } = useTranslation('contacts');
  const { membership } = useActiveMembership();
  const isOfficer = membership?.toolRole === 'officer';
  const record = useRecordPepAssessment(contactId);
  const [text, setText] = useState('');
  const [confirming, setConfirming] = useState(false);
  const canAssess = standing.standing === 'left-over-12-months';
  return (
    <Paper withBorder p="md" data-testid="pep-standing">
      <Stack>
        <Title order={4}>{t('pep.title')}</Title>
        <Alert color={colors[standing.standing]} data-testid={`pep-standing-${standing.standing}`}>
          {t(`pep.standing.${standing.standing}`, {
            date: standing.assessableFrom ? formatDate(standing.assessableFrom, i18n.language) : '',
          })}
        </Alert>
        {standing.assessment && (
          <Stack gap={4} data-testid="pep-assessment">
            <Text size="sm" c="dimmed">
              {t('pep.assessedBy', {
                name: standing.assessment.assessedByName ?? '—',
                date: formatDateTime(standing.assessment.assessedAt, i18n.language),
              })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {standing.assessment.assessment}
            </Text>
          </Stack>
        )}
        {canAssess && !isOfficer && <Text size="sm">{t('pep.officerOnly')}</Text>}
        {canAssess && isOfficer && (
          <>
            <Textarea
              name="pepAssessment"
              label={t('pep.assessment')}
              description={t('pep.assessmentHint')}
              required
              autosize
              minRows={3}
              value={text}
              error={fieldOrCodeError(t, record.error, 'assessment')}
              onChange={(e) => setText(e.currentTarget.value)}
            />
            <ErrorAlert error={record.error} />
            <Group>
              <Button
                disabled={text.trim() === ''}
                onClick={() => setConfirming(true)}
                data-testid="pep-assessment-open"
              >
                {t('pep.record')}
              </Button>
            </Group>
            <ConfirmModal
              opened={confirming}
              title={t('pep.confirmTitle')}
              text={t('pep.confirmText')}
              confirmLabel={t('pep.record')}
              loading={record.isPending}
              onCancel={() => setConfirming(false)}
              onConfirm={() =>
                record.mutate(text, {
                  onSuccess: () => setText(''),
                  onSettled: () => setConfirming(false),
                })
              }
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}
