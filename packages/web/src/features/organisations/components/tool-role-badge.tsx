import { Badge } from '@mantine/core';
import type { TToolRole } from '@vigilo/domain/contracts/organisations.ts';
import { useTranslation } from 'react-i18next';

const colors: Record<TToolRole, string> = { none: 'gray', collaborator: 'blue', officer: 'grape' };

/** A member's access to the AML tool: no access, agency collaborator, AML officer. */
export function ToolRoleBadge({ role }: { role: TToolRole }) {
  const { t } = useTranslation('organisations');
  return (
    <Badge color={colors[role]} variant="light">
      {t(`toolRoles.${role}`)}
    </Badge>
  );
}
