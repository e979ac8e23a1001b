import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { fieldOrCodeError } from '../../../components/form-errors.ts';
import { formatDate } from '../../../components/format-date.ts';
import { useDeleteTraining, useRecordTraining, useTrainings } from '../api/annual-report.ts';

/**
 * Training sessions of the year (law of 18 September 2017 art. 11): recorded here with the members who attended, counted
 * per employee in the annual report (issue 14, item 13).
 */
export function TrainingsCard({ year }: { year: number }) {
  const { t, i18n } = useTranslation('officer-reports');
  const trainings = useTrainings(year);
  const record = useRecordTraining();
  const remove = useDeleteTraining();
  const [heldOn, setHeldOn] = useState(`${year}-01-15`);
  const [topic, setTopic] = useState('');
  const [attendees, setAttendees] = useState('');
  const [attendeeUserIds, setAttendeeUserIds] = useState<string[]>([]);
  const [attendeeCount, setAttendeeCount] = useState<number | string>(1);
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={4}>{t('trainings.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('trainings.intro')}
        </Text>
        {trainings.data?.items.length === 0 && <Text c="dimmed">{t('trainings.empty')}</Text>}
        {!!trainings.data?.items.length && (
          <Table data-testid="trainings">
            <Table.Tbody>
              {trainings.data.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>{formatDate(item.heldOn, i18n.language)}</Table.Td>
                  <Table.Td>{item.topic}</Table.Td>
                  <Table.Td data-testid="training-attendees">
                    {[
                      ...item.attendeeMembers.map((m) => m.name),
                      ...(item.attendees ? [item.attendees] : []),
                    ].join(', ')}
                  </Table.Td>
                  <Table.Td>{item.attendeeCount}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate(item.id)}>
                      {t('trainings.delete')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            record.mutate(
              {
                heldOn,
                topic,
                attendees,
                attendeeCount: typeof attendeeCount === 'number' ? attendeeCount : 0,
                attendeeUserIds,
              },
              {
                onSuccess: () => {
                  setTopic('');
                  setAttendees('');
                  setAttendeeUserIds([]);
                  notifications.show({ color: 'green', message: t('trainings.added') });
                },
              },
            );
          }}
        >
          <Stack gap="xs">
            <ErrorAlert error={record.error} />
            <Group align="flex-end" grow>
              <DateField
                label={t('trainings.heldOn')}
                value={heldOn}
                onChange={(day) => setHeldOn(day)}
                error={fieldOrCodeError(t, record.error, 'heldOn')}
              />
              <TextInput
                label={t('trainings.topic')}
                value={topic}
                onChange={(e) => setTopic(e.currentTarget.value)}
                error={fieldOrCodeError(t, record.error, 'topic')}
              />
              <MultiSelect
                label={t('trainings.attendeeMembers')}
                data={(trainings.data?.members ?? []).map((m) => ({ value: m.userId, label: m.name }))}
                value={attendeeUserIds}
                onChange={setAttendeeUserIds}
                searchable
                data-testid="training-members"
                error={fieldOrCodeError(t, record.error, 'attendeeUserIds')}
              />
              <TextInput
                label={t('trainings.attendees')}
                value={attendees}
                onChange={(e) => setAttendees(e.currentTarget.value)}
              />
              <NumberInput
                label={t('trainings.attendeeCount')}
                value={attendeeCount}
                onChange={setAttendeeCount}
                min={0}
              />
            </Group>
            <Group>
              <Button type="submit" loading={record.isPending} data-testid="training-add">
                {t('trainings.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
