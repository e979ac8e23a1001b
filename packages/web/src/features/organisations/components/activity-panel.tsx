import { Center, Group, Loader, Pagination, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../components/format-date.ts';
import { useActivity } from '../api/activity.ts';
import { useMembers } from '../api/members.ts';
import { ActivityDescription } from './activity-description.tsx';

const pageSize = 25;

/** The organisation's audit trail, newest first: who did what, and when. */
export function ActivityPanel() {
  const { t, i18n } = useTranslation('organisations');
  const [page, setPage] = useState(1);
  const activity = useActivity(page, pageSize);
  const members = useMembers();
  const nameOf = (userId: string) => {
    const member = members.data?.find((m) => m.userId === userId);
    return member && `${member.firstName} ${member.lastName}`;
  };
  const pages = Math.max(1, Math.ceil((activity.data?.total ?? 0) / pageSize));
  return (
    <Paper p="md" withBorder>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('activity.intro')}
        </Text>
        <ErrorAlert error={activity.error} />
        {activity.isPending ? (
          <Center>
            <Loader aria-label={t('common:loading')} />
          </Center>
        ) : activity.data?.events.length === 0 ? (
          <Text c="dimmed">{t('activity.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" data-testid="activity">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('activity.when')}</Table.Th>
                  <Table.Th>{t('activity.who')}</Table.Th>
                  <Table.Th>{t('activity.what')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {activity.data?.events.map((event) => (
                  <Table.Tr key={event.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(event.createdAt, i18n.language)}
                    </Table.Td>
                    <Table.Td>{event.actorName ?? t('activity.system')}</Table.Td>
                    <Table.Td>
                      <ActivityDescription event={event} nameOf={nameOf} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {pages > 1 && (
          <Group justify="center">
            <Pagination total={pages} value={page} onChange={setPage} />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
