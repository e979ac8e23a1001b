import { Button, Checkbox, Group, Modal, Stack } from '@mantine/core';
import type { TMember } from '@vigilo/domain/contracts/organisations.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useUpdateMember } from '../api/members.ts';
import { MemberInfoFields } from './member-info-fields.tsx';

type TProps = { member: TMember; onClose: () => void };

/** A manager edits a member's information, manager role and permission to become AML officer. */
export function EditMemberModal({ member, onClose }: TProps) {
  const { t } = useTranslation('organisations');
  const update = useUpdateMember();
  const [info, setInfo] = useState({
    jobTitle: member.jobTitle,
    contactEmail: member.contactEmail ?? '',
    phone: member.phone ?? '',
  });
  const [isManager, setIsManager] = useState(member.isManager);
  const [mayBecomeOfficer, setMayBecomeOfficer] = useState(member.mayBecomeOfficer);
  return (
    <Modal opened onClose={onClose} title={`${member.firstName} ${member.lastName}`} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate(
            { memberId: member.id, ...info, isManager, mayBecomeOfficer },
            { onSuccess: onClose },
          );
        }}
      >
        <Stack>
          <ErrorAlert error={update.error} />
          <MemberInfoFields value={info} onChange={setInfo} error={update.error} />
          <Checkbox
            label={t('edit.isManager')}
            description={t('confirm.makeManagerHint')}
            checked={isManager}
            onChange={(e) => setIsManager(e.currentTarget.checked)}
          />
          <Checkbox
            label={t('edit.mayBecomeOfficer')}
            description={t('edit.mayBecomeOfficerHint')}
            checked={mayBecomeOfficer}
            onChange={(e) => setMayBecomeOfficer(e.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common:actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
