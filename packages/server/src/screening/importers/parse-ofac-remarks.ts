import { type ListBirthDate, resolveCountryCode } from '@vigilo/domain/screening/index.ts';

const MONTHS: Readonly<Record<string, string>> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

/** What the Remarks column of an OFAC SDN row says about identity. */
export interface OfacRemarks {
  aliases: { name: string; kind: 'aka' | 'fka' | 'nka' }[];
  birthDates: ListBirthDate[];
  countries: string[];
}

/**
 * Reads the Remarks text of an SDN row ("DOB 01 Oct 1971; POB Moscow, Russia; nationality Russia;
 * a.k.a. 'X'; …"): aliases, dates of birth (exact, month, year, ranges, circa), nationality,
 * citizenship and country of birth.
 */
export function parseOfacRemarks(remarks: string): OfacRemarks {
  const result: OfacRemarks = { aliases: [], birthDates: [], countries: [] };
  for (const match of remarks.matchAll(/\b([afn])\.k\.a\. '(.+?)'(?=[;.]|\s*$)/g)) {
    result.aliases.push({ name: match[2]!.trim(), kind: `${match[1]}ka` as 'aka' | 'fka' | 'nka' });
  }
  for (const match of remarks.matchAll(/\bDOB ([^;]+?)(?=;|\.\s|\.$|$)/g)) {
    const birthDate = parseOfacDate(match[1]!.trim());
    if (birthDate) result.birthDates.push(birthDate);
  }
  for (const match of remarks.matchAll(/\b(?:nationality|citizen) ([^;.]+)/g)) {
    addCountry(result.countries, match[1]!);
  }
  for (const match of remarks.matchAll(/\bPOB ([^;]+)/g)) {
    addCountry(result.countries, match[1]!.split(',').pop() ?? '');
  }
  return result;
}

/** "01 Oct 1971", "Mar 1966", "1985 to 1987", "circa 1972", "circa 1972-1974", "01 Jan 1960 to 01 Feb 1962". */
export function parseOfacDate(text: string): ListBirthDate | null {
  const isCirca = /^circa\s+/i.test(text);
  const body = text.replace(/^circa\s+/i, '');
  const [fromText, toText] = body.includes(' to ') ? body.split(' to ') : body.split(/(?<=\d{4})-(?=\d{4}$)/);
  const from = fromText ? parseOneDate(fromText.trim()) : null;
  if (!from) return null;
  const to = toText ? parseOneDate(toText.trim()) : null;
  return { from, ...(to ? { to } : {}), ...(isCirca ? { circa: true } : {}) };
}

function parseOneDate(text: string): string | null {
  const full = /^(\d{1,2}) ([A-Za-z]{3}) (\d{4})$/.exec(text);
  if (full) {
    const month = MONTHS[full[2]!.toLowerCase()];
    return month ? `${full[3]}-${month}-${full[1]!.padStart(2, '0')}` : null;
  }
  const monthYear = /^([A-Za-z]{3}) (\d{4})$/.exec(text);
  if (monthYear) {
    const month = MONTHS[monthYear[1]!.toLowerCase()];
    return month ? `${monthYear[2]}-${month}` : null;
  }
  return /^\d{4}$/.test(text) ? text : null;
}

function addCountry(countries: string[], name: string): void {
  const code = resolveCountryCode(name.trim());
  if (code && !countries.includes(code)) countries.push(code);
}
