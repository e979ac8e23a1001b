import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { TMember } from '@vigilo/domain/contracts/organisations.ts';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useUpdateMember } from '../api/members.ts';
import { ManagerStar } from './manager-star.tsx';
import { MemberActions, type TMemberAction } from './member-actions.tsx';
import { MembershipStatusBadge } from './membership-status-badge.tsx';
import { ToolRoleBadge } from './tool-role-badge.tsx';
import { ToolRoleSelect } from './tool-role-select.tsx';

type TProps = {
  members: TMember[];
  myUserId: string;
  canManage: boolean;
  onAction: (member: TMember, action: TMemberAction) => void;
};

/** The employees of the organisation; managers set each one's tool access directly in the table. */
export function MembersTable({ members, myUserId, canManage, onAction }: TProps) {
  const { t } = useTranslation('organisations');
  const update = useUpdateMember();
  return (
    <Stack>
      <ErrorAlert error={update.error} />
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="sm" striped data-testid="members">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('members.name')}</Table.Th>
              <Table.Th>{t('fields.jobTitle')}</Table.Th>
              <Table.Th>{t('fields.contactEmail')}</Table.Th>
              <Table.Th>{t('fields.phone')}</Table.Th>
              <Table.Th>{t('membership.status')}</Table.Th>
              <Table.Th>{t('members.toolRole')}</Table.Th>
              {canManage && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((m) => (
              <Table.Tr key={m.id} data-testid={`member-${m.username}`}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    {m.isManager && <ManagerStar />}
                    <Text fw={500}>
                      {m.firstName} {m.lastName}
                    </Text>
                    {m.userId === myUserId && (
                      <Badge size="xs" variant="outline">
                        {t('members.you')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {m.username}
                  </Text>
                </Table.Td>
                <Table.Td>{m.jobTitle}</Table.Td>
                <Table.Td>
                  {m.contactEmail && (
                    <Anchor href={`mailto:${m.contactEmail}`} size="sm">
                      {m.contactEmail}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td>{m.phone}</Table.Td>
                <Table.Td>
                  <MembershipStatusBadge status={m.status} />
                </Table.Td>
                <Table.Td>
                  {canManage ? (
                    <ToolRoleSelect
                      member={m}
                      value={m.toolRole}
                      disabled={update.isPending}
                      onChange={(toolRole) => update.mutate({ memberId: m.id, toolRole })}
                    />
                  ) : (
                    <ToolRoleBadge role={m.toolRole} />
                  )}
                </Table.Td>
                {canManage && (
                  <Table.Td>
                    <MemberActions member={m} onAction={(action) => onAction(m, action)} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
