import { Alert, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import type { TMember, TToolRole } from '@vigilo/domain/contracts/organisations.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useConfirmMember, useUpdateMember } from '../api/members.ts';
import { MemberInfoFields } from './member-info-fields.tsx';
import { ToolRoleSelect } from './tool-role-select.tsx';

type TProps = { member: TMember; onClose: () => void };

/**
 * Confirming a member takes two steps, as in the existing service: first their information and whether
 * they become a manager too, then their access to the AML tool.
 */
export function ConfirmMemberModal({ member, onClose }: TProps) {
  const { t } = useTranslation('organisations');
  const confirm = useConfirmMember();
  const update = useUpdateMember();
  const [info, setInfo] = useState({
    jobTitle: member.jobTitle,
    contactEmail: member.contactEmail ?? '',
    phone: member.phone ?? '',
  });
  const [isManager, setIsManager] = useState(false);
  const [toolRole, setToolRole] = useState<TToolRole>('none');
  const confirmed = confirm.data;
  const name = `${member.firstName} ${member.lastName}`;
  return (
    <Modal opened onClose={onClose} title={t('confirm.title', { name })} size="lg">
      {confirmed ? (
        <Stack>
          <Alert color="green" data-testid="member-confirmed">
            {t('confirm.done', { name })}
          </Alert>
          <Text size="sm">{t('confirm.toolAccessIntro')}</Text>
          <ErrorAlert error={update.error} />
          <ToolRoleSelect member={confirmed} value={toolRole} onChange={setToolRole} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('confirm.later')}
            </Button>
            <Button
              loading={update.isPending}
              data-testid="save-tool-access"
              onClick={() => update.mutate({ memberId: member.id, toolRole }, { onSuccess: onClose })}
            >
              {t('common:actions.save')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            confirm.mutate({ memberId: member.id, ...info, isManager });
          }}
        >
          <Stack>
            <Text size="sm">{t('confirm.intro', { name, email: member.email })}</Text>
            <ErrorAlert error={confirm.error} />
            <MemberInfoFields value={info} onChange={setInfo} error={confirm.error} />
            <Checkbox
              label={t('confirm.makeManager')}
              description={t('confirm.makeManagerHint')}
              checked={isManager}
              onChange={(e) => setIsManager(e.currentTarget.checked)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit" loading={confirm.isPending} data-testid="confirm-member-submit">
                {t('confirm.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
