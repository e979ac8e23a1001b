import { Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The red star that marks a manager, as in the existing service's employee overview. */
export function ManagerStar() {
  const { t } = useTranslation('organisations');
  return (
    <Tooltip label={t('roles.manager')}>
      <Text span c="red" fw={700} aria-label={t('roles.manager')} data-testid="manager-star">
        ★
      </Text>
    </Tooltip>
  );
}
