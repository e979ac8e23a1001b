import { ActionIcon, Button, Menu } from '@mantine/core';
import type { TMember } from '@vigilo/domain/contracts/organisations.ts';
import { useTranslation } from 'react-i18next';

export type TMemberAction = 'confirm' | 'edit' | 'toggleManager' | 'remove';

type TProps = { member: TMember; onAction: (action: TMemberAction) => void };

/** What a manager can do with one member: confirm a pending one, or edit, promote/demote, remove. */
export function MemberActions({ member, onAction }: TProps) {
  const { t } = useTranslation('organisations');
  const name = `${member.firstName} ${member.lastName}`;
  if (member.status === 'pending') {
    return (
      <Button.Group>
        <Button
          size="xs"
          color="orange"
          onClick={() => onAction('confirm')}
          data-testid={`confirm-${member.username}`}
        >
          {t('members.confirm')}
        </Button>
        <Button size="xs" variant="default" onClick={() => onAction('remove')}>
          {t('members.refuse')}
        </Button>
      </Button.Group>
    );
  }
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          aria-label={t('members.actionsFor', { name })}
          data-testid={`actions-${member.username}`}
        >
          ⋯
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onAction('edit')}>{t('members.edit')}</Menu.Item>
        <Menu.Item onClick={() => onAction('toggleManager')}>
          {member.isManager ? t('members.demote') : t('members.promote')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => onAction('remove')}>
          {t('members.remove')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
