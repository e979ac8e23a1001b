/** Dates as a Belgian reader expects them, in the interface language (31/12/2025 14:05). */
export function formatDateTime(iso: string, language: string): string {
  const locale = language === 'en' ? 'en-GB' : `${language}-BE`;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}

export function formatDate(iso: string, language: string): string {
  const locale = language === 'en' ? 'en-GB' : `${language}-BE`;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short' }).format(new Date(iso));
}
