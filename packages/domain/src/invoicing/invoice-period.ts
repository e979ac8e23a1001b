/**
 * Invoicing cadence chosen by the operator (issue 24): monthly by default. Services billed through
 * successive statements are completed when the statement period ends (Directive 2006/112/EC art. 64(1));
 * the Belgian invoice is due by the 15th of the following month (Royal Decree no. 1 on VAT, art. 4 — see
 * docs/DOMAIN.md for the verification status).
 */
export const invoiceCadences = ['monthly', 'quarterly'] as const;
export type TInvoiceCadence = (typeof invoiceCadences)[number];

/** A billing period in Brussels calendar days: `start` inclusive, `end` exclusive (both `YYYY-MM-DD`). */
export type TInvoicePeriod = { key: string; start: string; end: string };

const iso = (year: number, monthIndex: number) =>
  new Date(Date.UTC(year, monthIndex, 1)).toISOString().slice(0, 10);

/** The period that contains a Brussels calendar day (`YYYY-MM-DD`). */
export function periodContaining(day: string, cadence: TInvoiceCadence): TInvoicePeriod {
  const [year, month] = day.split('-').map(Number) as [number, number];
  if (cadence === 'monthly') {
    return { key: day.slice(0, 7), start: iso(year, month - 1), end: iso(year, month) };
  }
  const quarter = Math.floor((month - 1) / 3);
  return { key: `${year}-Q${quarter + 1}`, start: iso(year, quarter * 3), end: iso(year, quarter * 3 + 3) };
}

/** The last complete period before the one containing `today`: what the periodic job invoices. */
export function previousPeriod(today: string, cadence: TInvoiceCadence): TInvoicePeriod {
  const current = periodContaining(today, cadence);
  const lastDay = new Date(`${current.start}T00:00:00Z`);
  lastDay.setUTCDate(lastDay.getUTCDate() - 1);
  return periodContaining(lastDay.toISOString().slice(0, 10), cadence);
}

/** The last day a period covers (its `end` is exclusive). */
export function lastDayOf(period: TInvoicePeriod): string {
  const day = new Date(`${period.end}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}
