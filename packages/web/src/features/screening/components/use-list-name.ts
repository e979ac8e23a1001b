import i18next from 'i18next';
import { useTranslation } from 'react-i18next';

/**
 * The name of a list source in the interface language ("EU consolidated list"); sources outside the
 * known set (OpenSanctions datasets) keep their own name.
 */
export function useListName(): (source: string) => string {
  const { t } = useTranslation('screening');
  return (source: string) =>
    i18next.exists(`screening:lists.${source}`) ? t(`lists.${source}`) : source.toUpperCase();
}
