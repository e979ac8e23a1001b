import { Alert, Badge, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import type { TFreezeDutiesResponse } from '@vigilo/domain/contracts/screening.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { fieldOrCodeError } from '../../../components/form-errors.ts';
import { formatDate } from '../../../components/format-date.ts';
import { useActiveMembership } from '../../organisations/api/my-organisations.ts';
import { useFreezeDuties, useRecordFreezeDuty } from '../api/freeze-duties.ts';

const today = () => new Date().toISOString().slice(0, 10);

type TItem = TFreezeDutiesResponse['items'][number];
type TDuty = TItem['duties'][number];

/**
 * After a match confirmed on an asset-freeze list: the report to CTIF-CFI and the notification of the
 * freeze to the FPS Finance (Treasury), each shown done (date, reference, who) or due; the officer
 * records them.
 */
export function FreezeDutiesPanel({ contactId }: { contactId: string }) {
  const { t } = useTranslation('screening');
  const duties = useFreezeDuties(contactId);
  const { membership } = useActiveMembership();
  const isOfficer = membership?.toolRole === 'officer';
  const items = duties.data?.items ?? [];
  if (duties.error) return <ErrorAlert error={duties.error} />;
  if (items.length === 0) return null;
  return (
    <Alert color="red" title={t('freeze.title')} data-testid="freeze-duties">
      <Stack>
        <Text size="sm">{t('freeze.text')}</Text>
        {items.map((item) => (
          <Stack key={item.hitId} gap="xs">
            <Title order={6}>{t('freeze.match', { party: item.partyName, name: item.matchedName })}</Title>
            {item.duties.map((duty) => (
              <DutyRow
                key={duty.duty}
                contactId={contactId}
                hitId={item.hitId}
                duty={duty}
                canRecord={isOfficer}
              />
            ))}
          </Stack>
        ))}
      </Stack>
    </Alert>
  );
}

function DutyRow({
  contactId,
  hitId,
  duty,
  canRecord,
}: {
  contactId: string;
  hitId: string;
  duty: TDuty;
  canRecord: boolean;
}) {
  const { t, i18n } = useTranslation('screening');
  const record = useRecordFreezeDuty(contactId, hitId);
  const [doneOn, setDoneOn] = useState(today);
  const [reference, setReference] = useState('');
  return (
    <Stack gap={4} data-testid={`freeze-duty-${duty.duty}`}>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {t(`freeze.duties.${duty.duty}`)}
        </Text>
        <Badge color={duty.record ? 'green' : 'red'} variant="light">
          {duty.record ? t('freeze.done') : t('freeze.due')}
        </Badge>
      </Group>
      {duty.record ? (
        <Text size="sm">
          {t('freeze.recorded', {
            date: formatDate(duty.record.doneOn, i18n.language),
            reference: duty.record.reference,
            name: duty.record.recordedByName ?? '—',
          })}
        </Text>
      ) : (
        canRecord && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              record.mutate({ duty: duty.duty, doneOn, reference });
            }}
          >
            <Stack gap="xs">
              <ErrorAlert error={record.error} />
              <Group align="flex-end">
                <DateField
                  label={t('freeze.doneOn')}
                  value={doneOn}
                  onChange={setDoneOn}
                  error={fieldOrCodeError(t, record.error, 'doneOn')}
                />
                <TextInput
                  label={t('freeze.reference')}
                  value={reference}
                  onChange={(e) => setReference(e.currentTarget.value)}
                  error={fieldOrCodeError(t, record.error, 'reference')}
                  data-testid={`freeze-reference-${duty.duty}`}
                />
                <Button
                  type="submit"
                  size="sm"
                  loading={record.isPending}
                  data-testid={`freeze-record-${duty.duty}`}
                >
                  {t('freeze.record')}
                </Button>
              </Group>
            </Stack>
          </form>
        )
      )}
    </Stack>
  );
}
