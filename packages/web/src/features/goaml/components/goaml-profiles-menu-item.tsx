import { Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The platform administrator's entry to the goAML schema profiles (user menu). */
export function GoAmlProfilesMenuItem() {
  const { t } = useTranslation('goaml');
  return (
    <Menu.Item component={Link} to="/admin/goaml-profiles" data-testid="menu-goaml-profiles">
      {t('admin.title')}
    </Menu.Item>
  );
}
