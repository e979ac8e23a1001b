import { useTranslation } from 'react-i18next';

const locales: Record<string, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' };

/** Scores (0–1) as percentages and score adjustments as signed decimals, in the interface language. */
export function useScoreFormat() {
  const { i18n } = useTranslation();
  const locale = locales[i18n.language] ?? 'fr-BE';
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const signed = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  });
  return {
    percent: (value: number) => percent.format(value),
    signed: (value: number) => signed.format(value),
  };
}
