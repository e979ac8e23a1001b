import type { ListFormat } from '@vigilo/domain/screening/index.ts';

/**
 * Recognises a list file from its first bytes (a few kilobytes are enough): EU FSF XML, UN consolidated
 * XML, OFAC SDN CSV, Belgian national list CSV, OpenSanctions FollowTheMoney or Senzing JSON lines, or an
 * agency watch-list CSV. Returns null when the bytes match none of them.
 */
export function detectListFormat(firstBytes: Uint8Array | string): ListFormat | null {
  const text = (typeof firstBytes === 'string' ? firstBytes : new TextDecoder().decode(firstBytes))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('<')) return detectXml(text);
  if (text.startsWith('{')) return detectJsonLines(text);
  return detectCsv(text);
}

function detectXml(text: string): ListFormat | null {
  if (/<export\b[^>]*eu\.europa\.ec\/fpi\/fsd\/export/.test(text)) return 'eu-fsf-xml';
  if (/<CONSOLIDATED_LIST\b/.test(text)) return 'un-consolidated-xml';
  return null;
}

function detectJsonLines(text: string): ListFormat | null {
  const firstLine = text.split('\n', 1)[0] ?? '';
  if (/"RECORD_ID"\s*:/.test(firstLine) && /"(DATA_SOURCE|NAMES)"\s*:/.test(firstLine))
    return 'senzing-jsonl';
  if (/"schema"\s*:/.test(firstLine) && /"properties"\s*:/.test(firstLine)) return 'opensanctions-ftm-jsonl';
  return null;
}

function detectCsv(text: string): ListFormat | null {
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? '').trim();
  const header = firstLine.toLowerCase().replace(/"/g, '');
  if (/^id\s*,\s*name(\s*,|$)/.test(header)) return 'watchlist-csv';
  if (header.includes(';') && header.includes('wholename') && header.includes('number'))
    return 'be-national-csv';
  if (/^\d+,"[^"]*",/.test(firstLine)) return 'ofac-sdn-csv';
  return null;
}
