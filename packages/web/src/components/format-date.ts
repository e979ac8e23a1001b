const locales: Record<string, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' };

/** Dates as a Belgian reader expects them, in the interface language (31/12/2025 14:05). */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locales[language] ?? 'fr-BE', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/**
 * A day (31/12/2025). A calendar date `YYYY-MM-DD` is read as that day wherever the browser is (as UTC, not
 * as the UTC midnight a browser west of Greenwich would show as the day before).
 */
export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locales[language] ?? 'fr-BE', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? { timeZone: 'UTC' } : {}),
  }).format(new Date(iso));
}

/** A month `YYYY-MM` in words (novembre 2026, november 2026); anything else as it is. */
export function formatMonth(period: string, language: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) return period;
  return new Intl.DateTimeFormat(locales[language] ?? 'fr-BE', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
}
