import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

export const maxImportRows = 20_000;

export type TSpreadsheet = { format: 'csv' | 'xlsx'; headers: string[]; rows: Record<string, string>[] };

/** Thrown for a file that is neither a readable CSV nor an XLSX workbook; the route answers 422. */
export class SpreadsheetError extends Error {}

/**
 * Reads the first sheet of an XLSX workbook or a CSV file (UTF-8, or Windows-1252 as older Excel saves it;
 * comma, semicolon or tab separated, the separator Excel uses in Belgian locales being the semicolon).
 * The first non-empty row is the header; cells are text as the agency typed them.
 */
export function readSpreadsheet(bytes: Uint8Array): TSpreadsheet {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const table = isZip ? readXlsx(bytes) : readCsv(bytes);
  const nonEmpty = table.filter((r) => r.some((c) => c.trim() !== ''));
  const [headerRow, ...body] = nonEmpty;
  if (!headerRow) throw new SpreadsheetError('empty');
  const headers = uniqueHeaders(headerRow.map((h) => h.trim()));
  if (body.length > maxImportRows) throw new SpreadsheetError('too_many_rows');
  const rows = body.map((cells) =>
    Object.fromEntries(headers.map((h, i) => [h, (cells[i] ?? '').trim()]).filter(([, v]) => v !== '')),
  );
  return { format: isZip ? 'xlsx' : 'csv', headers, rows };
}

/** Blank or repeated headers get a position suffix, so every column can be mapped on its own. */
function uniqueHeaders(headers: string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h, i) => {
    let name = (h || `#${i + 1}`).slice(0, 200);
    if (seen.has(name)) name = `${name} (${i + 1})`;
    seen.add(name);
    return name;
  });
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function readCsv(bytes: Uint8Array): string[][] {
  const text = decode(bytes);
  if (text.includes('\u0000')) throw new SpreadsheetError('binary');
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = [';', '\t', ','].reduce((best, d) =>
    firstLine.split(d).length > firstLine.split(best).length ? d : best,
  );
  try {
    return parse(text, {
      delimiter,
      relax_column_count: true,
      bom: true,
      skip_empty_lines: true,
    }) as string[][];
  } catch {
    throw new SpreadsheetError('csv');
  }
}

/** Events of an XML document, for the two parts of a workbook read here. */
function walkXml(
  xml: string,
  onOpen: (name: string, attributes: Record<string, string>) => void,
  onText: (text: string) => void,
  onClose: (name: string) => void,
) {
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => onOpen(tag.name, tag.attributes as Record<string, string>));
  parser.on('text', onText);
  parser.on('closetag', (tag) => onClose(tag.name));
  parser.write(xml).close();
}

/** The first worksheet of an XLSX (Office Open XML) workbook: shared strings, inline strings and values. */
function readXlsx(bytes: Uint8Array): string[][] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => f.name === 'xl/sharedStrings.xml' || /^xl\/worksheets\/sheet\d+\.xml$/.test(f.name),
    });
  } catch {
    throw new SpreadsheetError('zip');
  }
  const sheetName = Object.keys(files)
    .filter((n) => n.startsWith('xl/worksheets/'))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))[0];
  if (!sheetName) throw new SpreadsheetError('no_sheet');
  const text = (name: string) => new TextDecoder().decode(files[name]);
  const shared: string[] = [];
  try {
    if (files['xl/sharedStrings.xml']) {
      let current = '';
      let inText = false;
      walkXml(
        text('xl/sharedStrings.xml'),
        (name) => {
          if (name === 'si') current = '';
          if (name === 't') inText = true;
        },
        (t) => {
          if (inText) current += t;
        },
        (name) => {
          if (name === 't') inText = false;
          if (name === 'si') shared.push(current);
        },
      );
    }
    const rows: string[][] = [];
    let row: string[] = [];
    let cell: { col: number; type: string; value: string } | null = null;
    let inValue = false;
    walkXml(
      text(sheetName),
      (name, attributes) => {
        if (name === 'row') row = [];
        if (name === 'c')
          cell = { col: columnIndex(attributes.r, row.length), type: attributes.t ?? 'n', value: '' };
        if (name === 'v' || name === 't') inValue = true;
      },
      (t) => {
        if (inValue && cell) cell.value += t;
      },
      (name) => {
        if (name === 'v' || name === 't') inValue = false;
        if (name === 'c' && cell) {
          row[cell.col] = cell.type === 's' ? (shared[Number(cell.value)] ?? '') : cell.value;
          cell = null;
        }
        if (name === 'row') rows.push(Array.from(row, (c) => c ?? ''));
      },
    );
    return rows;
  } catch (error) {
    if (error instanceof SpreadsheetError) throw error;
    throw new SpreadsheetError('xml');
  }
}

/** "C7" → 2; a cell without a reference follows the previous one. */
function columnIndex(reference: string | undefined, next: number): number {
  const letters = reference?.match(/^[A-Z]+/)?.[0];
  if (!letters) return next;
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}
