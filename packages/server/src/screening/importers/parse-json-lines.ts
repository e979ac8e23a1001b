import { ListImportError } from './list-import-error.ts';
import { readLines } from './read-text.ts';

/** Streams the objects of a JSON-lines file; an unparsable line refuses the whole file. */
export async function* readJsonLines(
  texts: AsyncIterable<string>,
): AsyncGenerator<{ value: Record<string, unknown>; line: number }> {
  for await (const { line, number } of readLines(texts)) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new ListImportError('LIST_MALFORMED', 'Invalid JSON line', {
        line: number,
        cause: error instanceof Error ? error.message : String(error),
      });
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new ListImportError('LIST_MALFORMED', 'JSON line is not an object', { line: number });
    }
    yield { value: value as Record<string, unknown>, line: number };
  }
}

/** The string values of an optional array field. */
export function stringsOf(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '')
    : [];
}
