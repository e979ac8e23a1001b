import { Readable } from 'node:stream';
import { type Options as CsvOptions, parse } from 'csv-parse';
import { ListImportError } from './list-import-error.ts';

/** Decodes UTF-8 chunks to text chunks, refusing invalid byte sequences when `isStrict`. */
export async function* decodeUtf8(
  chunks: AsyncIterable<Uint8Array>,
  isStrict = true,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: isStrict, ignoreBOM: false });
  try {
    for await (const chunk of chunks) {
      const text = decoder.decode(chunk, { stream: true });
      if (text.length > 0) yield text;
    }
    const rest = decoder.decode();
    if (rest.length > 0) yield rest;
  } catch (error) {
    if (error instanceof TypeError) {
      throw new ListImportError('LIST_MALFORMED', 'The file is not valid UTF-8 text', {
        cause: error.message,
      });
    }
    throw error;
  }
}

/** Splits text chunks into lines (without their line ending), numbered from 1. */
export async function* readLines(
  texts: AsyncIterable<string>,
): AsyncGenerator<{ line: string; number: number }> {
  let pending = '';
  let number = 0;
  for await (const text of texts) {
    pending += text;
    let newline = pending.indexOf('\n');
    while (newline >= 0) {
      number += 1;
      yield { line: pending.slice(0, newline).replace(/\r$/, ''), number };
      pending = pending.slice(newline + 1);
      newline = pending.indexOf('\n');
    }
  }
  if (pending.length > 0) yield { line: pending.replace(/\r$/, ''), number: number + 1 };
}

/** Streams CSV records; a parse error becomes LIST_MALFORMED with its line. */
export async function* readCsvRecords(
  texts: AsyncIterable<string>,
  options: CsvOptions,
): AsyncGenerator<{ record: string[]; line: number }> {
  const parser = Readable.from(texts).pipe(parse({ ...options, info: true }));
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { record: item.record, line: item.info.lines };
    }
  } catch (error) {
    if (error instanceof ListImportError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ListImportError('LIST_MALFORMED', `Invalid CSV: ${message}`, { cause: message });
  }
}

/** ISO date (YYYY-MM-DD) of a timestamp such as `2026-05-01T08:25:35.000+02:00`; null if none. */
export function isoDateOf(text: string | undefined): string | null {
  const match = text ? /^(\d{4}-\d{2}-\d{2})/.exec(text.trim()) : null;
  return match ? match[1]! : null;
}
