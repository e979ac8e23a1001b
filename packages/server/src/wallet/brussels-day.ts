/** Midnight in Brussels of a calendar date (plus `addDays`), as an instant. */
export function brusselsStartOfDay(date: string, addDays = 0): Date {
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  utcMidnight.setUTCDate(utcMidnight.getUTCDate() + addDays);
  const offset = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Brussels', timeZoneName: 'longOffset' })
    .formatToParts(utcMidnight)
    .find((p) => p.type === 'timeZoneName')?.value;
  const [, sign, hours, minutes] = offset?.match(/GMT([+-])(\d{2}):(\d{2})/) ?? [];
  const offsetMs = sign ? (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000 : 0;
  return new Date(utcMidnight.getTime() - offsetMs);
}
