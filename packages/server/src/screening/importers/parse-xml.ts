import type { ListEntry } from '@vigilo/domain/screening/index.ts';
import type { SaxesParser } from 'saxes';
import { ListImportError } from './list-import-error.ts';

/** What a format parser returns: the entries and the list's own date when the file states one. */
export interface ParsedList {
  entries: ListEntry[];
  date: string | null;
  /** Source name found in the file (OpenSanctions dataset, Senzing DATA_SOURCE). */
  source?: string;
}

/** Feeds text chunks to a saxes parser; XML errors become LIST_MALFORMED with their position. */
export async function parseXml(parser: SaxesParser, texts: AsyncIterable<string>): Promise<void> {
  try {
    for await (const text of texts) parser.write(text);
    parser.close();
  } catch (error) {
    if (error instanceof ListImportError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ListImportError('LIST_MALFORMED', `Invalid XML: ${message}`, {
      line: parser.line,
      column: parser.column,
    });
  }
}
