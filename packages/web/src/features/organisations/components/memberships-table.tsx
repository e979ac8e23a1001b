import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { TMyMembership } from '@vigilo/domain/contracts/organisations.ts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useSetActiveOrganisation } from '../api/my-organisations.ts';
import { ManagerStar } from './manager-star.tsx';
import { MembershipStatusBadge } from './membership-status-badge.tsx';
import { PendingMembersBadge } from './pending-members-badge.tsx';
import { ToolRoleBadge } from './tool-role-badge.tsx';

type TProps = { memberships: TMyMembership[]; activeOrganisationId: string | null };

/** My organisations: status, my roles, members to confirm, and which one I work in. */
export function MembershipsTable({ memberships, activeOrganisationId }: TProps) {
  const { t } = useTranslation('organisations');
  const setActive = useSetActiveOrganisation();
  const navigate = useNavigate();
  const openMembers = async (membership: TMyMembership) => {
    if (membership.organisation.id !== activeOrganisationId) {
      await setActive.mutateAsync(membership.organisation.id);
    }
    navigate('/organisation?tab=members');
  };
  return (
    <Stack>
      <ErrorAlert error={setActive.error} />
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" data-testid="memberships">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('membership.organisation')}</Table.Th>
              <Table.Th>{t('membership.status')}</Table.Th>
              <Table.Th>{t('membership.myRoles')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {memberships.map((m) => {
              const isActive = m.organisation.id === activeOrganisationId;
              return (
                <Table.Tr key={m.membershipId} data-testid={`membership-${m.organisation.enterpriseNumber}`}>
                  <Table.Td miw={200}>
                    <Text fw={600}>{m.organisation.name}</Text>
                    <Text size="sm" c="dimmed">
                      {m.organisation.enterpriseNumberFormatted}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <MembershipStatusBadge status={m.status} />
                      {m.isManager && m.status === 'active' && (
                        <PendingMembersBadge count={m.pendingMembers} onClick={() => void openMembers(m)} />
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      {m.isManager && <ManagerStar />}
                      {m.isManager && <Text size="sm">{t('roles.manager')}</Text>}
                      {m.status === 'active' && <ToolRoleBadge role={m.toolRole} />}
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      {isActive ? (
                        <>
                          <Badge
                            variant="outline"
                            style={{ flexShrink: 0 }}
                            data-testid="active-organisation"
                          >
                            {t('membership.active')}
                          </Badge>
                          <Button size="xs" variant="light" onClick={() => navigate('/organisation')}>
                            {t('membership.open')}
                          </Button>
                        </>
                      ) : (
                        m.status === 'active' && (
                          <Button
                            size="xs"
                            variant="light"
                            loading={setActive.isPending && setActive.variables === m.organisation.id}
                            onClick={() => setActive.mutate(m.organisation.id)}
                            data-testid="set-active"
                          >
                            {t('membership.setActive')}
                          </Button>
                        )
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
