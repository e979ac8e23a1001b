import { Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The user menu's entry to the screening lists, for platform administrators. */
export function AdminListsMenuItem() {
  const { t } = useTranslation('screening');
  return (
    <Menu.Item component={Link} to="/admin/lists" data-testid="menu-admin-lists">
      {t('nav.lists')}
    </Menu.Item>
  );
}
