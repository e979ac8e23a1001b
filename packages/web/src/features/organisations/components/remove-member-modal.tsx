import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { TMember } from '@vigilo/domain/contracts/organisations.ts';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useRemoveMember } from '../api/members.ts';

type TProps = { member: TMember; organisationName: string; onClose: () => void };

/** Removing a member (or refusing a pending request) needs an explicit confirmation. */
export function RemoveMemberModal({ member, organisationName, onClose }: TProps) {
  const { t } = useTranslation('organisations');
  const remove = useRemoveMember();
  const name = `${member.firstName} ${member.lastName}`;
  return (
    <Modal opened onClose={onClose} title={t('remove.title')}>
      <Stack>
        <Text>
          {member.status === 'pending'
            ? t('remove.refuseText', { name, organisation: organisationName })
            : t('remove.text', { name, organisation: organisationName })}
        </Text>
        <ErrorAlert error={remove.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            data-testid="remove-member-submit"
            onClick={() => remove.mutate(member.id, { onSuccess: onClose })}
          >
            {t('remove.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
