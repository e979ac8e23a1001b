/** How a date is typed and shown in every language of the interface (Belgian usage: 31/12/2026). */
export const DATE_FIELD_FORMAT = 'DD/MM/YYYY';

/**
 * Reads a typed date: day/month/year (slashes, dots or dashes, as Belgians write it) or an ISO date
 * (pasted from elsewhere). Returns the ISO day `YYYY-MM-DD`, or null when it is not a real date, so
 * 31/02/2026 never becomes 3 March.
 */
export function parseDateText(text: string): string | null {
  const trimmed = text.trim();
  const iso = trimmed.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  const local = trimmed.match(/^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/);
  const parts = iso ? [iso[1], iso[2], iso[3]] : local ? [local[3], local[2], local[1]] : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const isReal =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!isReal || year < 1000) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
