import type { TLanguage } from '@vigilo/domain/contracts/common.ts';

// Belgian readers write dates day first in all three languages (31/12/2026); en-GB does the same.
const localeOf: Record<TLanguage, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' };
const dayOptions = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;

/** A calendar date `YYYY-MM-DD` as the reader writes it (31/12/2026); anything else is returned as is. */
export function formatDay(iso: string, lang: TLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.slice(0, 10));
  if (!match) return iso;
  const at = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(localeOf[lang], { ...dayOptions, timeZone: 'UTC' }).format(at);
}

/** An instant as date and time in Brussels (31/12/2026 14:05). */
export function formatMoment(instant: string | Date, lang: TLanguage): string {
  const at = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(at.getTime())) return String(instant);
  const zone = { timeZone: 'Europe/Brussels' } as const;
  const day = new Intl.DateTimeFormat(localeOf[lang], { ...dayOptions, ...zone }).format(at);
  const time = new Intl.DateTimeFormat(localeOf[lang], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...zone,
  }).format(at);
  return `${day} ${time}`;
}
