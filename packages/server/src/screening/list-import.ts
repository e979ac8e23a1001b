import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { TDb } from '../db/client.ts';
import { importListFileOffLoop } from './importers/import-list-off-loop.ts';
import { ListImportError } from './importers/index.ts';
import { storeListVersion } from './list-versions.service.ts';

/** Owners (an organisation, or the platform for official lists) with an import running on this instance. */
const importing = new Set<string>();

/**
 * Parses a list file (path or byte stream) and stores it as a new version. A malformed file is refused
 * whole with a coded error; the version in force stays active. One import at a time per owner: a second
 * upload is refused (409) rather than queued behind the first, so one agency cannot pile up parsing work.
 */
export async function importList(
  db: TDb,
  input: string | AsyncIterable<Uint8Array>,
  owner: Parameters<typeof importListNow>[2],
) {
  const key = owner.organisationId ?? 'platform';
  if (importing.has(key)) throw new AppError('import_in_progress');
  importing.add(key);
  try {
    return await importListNow(db, input, owner);
  } finally {
    importing.delete(key);
  }
}

async function importListNow(
  db: TDb,
  input: string | AsyncIterable<Uint8Array>,
  owner: {
    organisationId: string | null;
    importedBy: string | null;
    ip?: string | null;
    source?: string;
    expectFormat?: string;
  },
) {
  let data: Awaited<ReturnType<typeof importListFileOffLoop>>;
  try {
    // Parsed in a worker thread: the request loop only receives the entries, batch by batch.
    data = await importListFileOffLoop(input, owner.source ? { source: owner.source } : {});
  } catch (error) {
    if (error instanceof ListImportError) {
      throw new AppError(error.code === 'LIST_EMPTY' ? 'list_empty' : 'list_malformed', {
        reason: error.message,
      });
    }
    throw error;
  }
  if (owner.expectFormat && data.format !== owner.expectFormat) {
    throw new AppError('list_malformed', { reason: `expected ${owner.expectFormat}, got ${data.format}` });
  }
  return storeListVersion(db, data, owner);
}
