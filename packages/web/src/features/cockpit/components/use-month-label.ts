import { useTranslation } from 'react-i18next';

/** "Mar 2026" in the interface language, for a `YYYY-MM` month. */
export function useMonthLabel(): (month: string) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return (month: string) => format.format(new Date(`${month}-01T00:00:00Z`));
}
