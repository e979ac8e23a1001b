import { Select, Tooltip } from '@mantine/core';
import { type TMember, type TToolRole, toolRoles } from '@vigilo/domain/contracts/organisations.ts';
import { useTranslation } from 'react-i18next';

type TProps = {
  member: TMember;
  value: TToolRole;
  onChange: (role: TToolRole) => void;
  disabled?: boolean;
};

/**
 * A manager's choice of a member's tool access. Access can only be granted to a confirmed member whose
 * account holds the required recognition (e.g. BIV/IPI member); taking access away is always possible.
 */
export function ToolRoleSelect({ member, value, onChange, disabled = false }: TProps) {
  const { t } = useTranslation('organisations');
  const isPending = member.status === 'pending';
  const lacksRecognition = !member.hasRequiredRecognition;
  const isLocked = isPending || (lacksRecognition && value === 'none');
  const reason = isPending
    ? t('members.confirmFirst')
    : lacksRecognition
      ? t('members.recognitionMissing')
      : null;
  const select = (
    <Select
      size="xs"
      w={220}
      allowDeselect={false}
      aria-label={t('members.toolRoleOf', { name: `${member.firstName} ${member.lastName}` })}
      data-testid={`tool-role-${member.username}`}
      value={value}
      disabled={disabled || isLocked}
      data={toolRoles.map((role) => ({
        value: role,
        label: t(`toolRoles.${role}`),
        disabled: lacksRecognition && role !== 'none' && role !== value,
      }))}
      onChange={(role) => role && onChange(role as TToolRole)}
    />
  );
  if (!reason) return select;
  return (
    <Tooltip label={reason} multiline w={260}>
      <div>{select}</div>
    </Tooltip>
  );
}
