import { Center, Loader, Paper, Stack, Text } from '@mantine/core';
import type { TMember } from '@vigilo/domain/contracts/organisations.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useMembers, useUpdateMember } from '../api/members.ts';
import { ConfirmMemberModal } from './confirm-member-modal.tsx';
import { EditMemberModal } from './edit-member-modal.tsx';
import type { TMemberAction } from './member-actions.tsx';
import { MembersTable } from './members-table.tsx';
import { RemoveMemberModal } from './remove-member-modal.tsx';

type TProps = { myUserId: string; canManage: boolean; organisationName: string };

/** The "Employees" tab: pending members first, then everyone else, with the manager's actions. */
export function MembersPanel({ myUserId, canManage, organisationName }: TProps) {
  const { t } = useTranslation('organisations');
  const members = useMembers();
  const toggleManager = useUpdateMember();
  const [open, setOpen] = useState<{
    member: TMember;
    action: Exclude<TMemberAction, 'toggleManager'>;
  } | null>(null);
  const onAction = (member: TMember, action: TMemberAction) => {
    if (action === 'toggleManager')
      toggleManager.mutate({ memberId: member.id, isManager: !member.isManager });
    else setOpen({ member, action });
  };
  const close = () => setOpen(null);
  const sorted = [...(members.data ?? [])].sort(
    (a, b) =>
      Number(b.status === 'pending') - Number(a.status === 'pending') ||
      `${a.lastName} ${a.firstName}`.localeCompare(`${b.lastName} ${b.firstName}`),
  );
  return (
    <Paper p="md" withBorder>
      <Stack>
        <ErrorAlert error={members.error ?? toggleManager.error} />
        {canManage && (
          <Text size="sm" c="dimmed">
            {t('members.managerIntro')}
          </Text>
        )}
        {members.isPending ? (
          <Center>
            <Loader aria-label={t('common:loading')} />
          </Center>
        ) : (
          <MembersTable members={sorted} myUserId={myUserId} canManage={canManage} onAction={onAction} />
        )}
      </Stack>
      {open?.action === 'confirm' && <ConfirmMemberModal member={open.member} onClose={close} />}
      {open?.action === 'edit' && <EditMemberModal member={open.member} onClose={close} />}
      {open?.action === 'remove' && (
        <RemoveMemberModal member={open.member} organisationName={organisationName} onClose={close} />
      )}
    </Paper>
  );
}
