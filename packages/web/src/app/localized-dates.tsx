import 'dayjs/locale/fr';
import 'dayjs/locale/nl';
import { DatesProvider } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Date pickers follow the interface language (month and day names, weeks from Monday), never the
 * browser's locale: a Dutch screen shows "maandag", a French one "lundi".
 */
export function LocalizedDates({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}
