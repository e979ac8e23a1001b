import { SegmentedControl } from '@mantine/core';
import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import { languages } from '@vigilo/domain/contracts/languages.ts';
import { useTranslation } from 'react-i18next';
import { useSession, useSwitchLanguage } from '../features/accounts/api/session.ts';

/** FR / NL / EN on every page, before and after sign-in. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const switchLanguage = useSwitchLanguage();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language')}
      value={i18n.language}
      onChange={(value) => void switchLanguage(value as TLanguage, Boolean(session.data?.user))}
      data={languages.map((lang) => ({ value: lang, label: lang.toUpperCase() }))}
    />
  );
}
