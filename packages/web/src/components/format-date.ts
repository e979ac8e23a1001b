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

export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locales[language] ?? 'fr-BE', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(iso));
}
