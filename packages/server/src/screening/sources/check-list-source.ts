import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ListVersionData } from '@vigilo/domain/screening/index.ts';
import { eq } from 'drizzle-orm';
import type { TListSourceConfig, TListsConfig } from '../../config.ts';
import type { TDb } from '../../db/client.ts';
import { importListFileOffLoop } from '../importers/import-list-off-loop.ts';
import { ListImportError } from '../importers/index.ts';
import { findActiveVersion, storeListVersion } from '../list-versions.service.ts';
import { listSourceStates, type TListRefusal } from '../screening.schema.ts';
import { downloadToFile } from './http-download.ts';
import { officialListSources } from './official-sources.ts';

export type TCheckOutcome =
  | { outcome: 'not_modified' | 'unchanged' }
  | { outcome: 'imported'; versionId: string; listDate: string }
  | { outcome: 'refused'; refusal: TListRefusal }
  | { outcome: 'failed'; error: string };

/** Below this share of the entries in force, a new file is taken for a truncated or broken export. */
const minimumShareOfEntriesInForce = 0.5;

/**
 * One check of one source: conditional GET, then parse, compare and store. An unchanged file (304, or
 * the same SHA-256) makes no version; a truncated, malformed or shrunken file is refused and the version
 * in force stays. Every outcome is recorded on the source's state, for the freshness panel and alerts.
 */
export async function checkListSource(
  db: TDb,
  source: TListSourceConfig,
  lists: Pick<TListsConfig, 'fetchTimeoutMs' | 'fetchMaxBytes' | 'checkMinutes'>,
  now = new Date(),
): Promise<TCheckOutcome> {
  const state = await loadState(db, source);
  const inForce = await findActiveVersion(db, source.id, null);
  const folder = await mkdtemp(join(tmpdir(), `vigilo-list-${source.id}-`));
  let outcome: TCheckOutcome;
  let validators: { etag: string | null; lastModified: string | null } | null = null;
  try {
    // Validators only count while a version of this source is in force and from the same address.
    const sameSource = inForce && state.url === source.url;
    const main = join(folder, fileNameOf(source.url));
    const download = await downloadToFile(
      source.url,
      main,
      sameSource ? { etag: state.etag, lastModified: state.lastModified } : {},
      { timeoutMs: lists.fetchTimeoutMs, maxBytes: lists.fetchMaxBytes },
    );
    if (download.status === 'not_modified') {
      outcome = { outcome: 'not_modified' };
    } else {
      validators = { etag: download.etag, lastModified: download.lastModified };
      for (const companion of definitionOf(source).companions)
        await downloadToFile(
          siblingUrl(source.url, companion),
          join(folder, companion),
          {},
          {
            timeoutMs: lists.fetchTimeoutMs,
            maxBytes: lists.fetchMaxBytes,
          },
        );
      outcome = await importDownloaded(db, source, main, download.lastModified, inForce);
    }
  } catch (error) {
    outcome = { outcome: 'failed', error: error instanceof Error ? error.message : String(error) };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  await recordOutcome(db, source, outcome, validators, now, lists.checkMinutes);
  return outcome;
}

async function importDownloaded(
  db: TDb,
  source: TListSourceConfig,
  file: string,
  lastModified: string | null,
  inForce: Awaited<ReturnType<typeof findActiveVersion>>,
): Promise<TCheckOutcome> {
  let data: ListVersionData;
  try {
    data = await importListFileOffLoop(file, {
      source: source.id,
      ...(lastModified ? { fallbackDate: isoDay(lastModified) } : {}),
    });
  } catch (error) {
    if (!(error instanceof ListImportError)) throw error;
    return refused(error.code === 'LIST_EMPTY' ? 'empty' : 'malformed', error.message);
  }
  if (inForce?.checksum === data.checksum) return { outcome: 'unchanged' };
  const entriesInForce = (inForce?.counts as { entries?: number } | undefined)?.entries ?? 0;
  if (data.entries.length < entriesInForce * minimumShareOfEntriesInForce)
    return refused(
      'shrunk',
      `${data.entries.length} entries against ${entriesInForce} in force: fewer than half, taken for a broken file`,
    );
  const { version, unchanged } = await storeListVersion(db, data, { organisationId: null, importedBy: null });
  return unchanged
    ? { outcome: 'unchanged' }
    : { outcome: 'imported', versionId: version.id, listDate: version.listDate };
}

function refused(code: TListRefusal['code'], reason: string): TCheckOutcome {
  return { outcome: 'refused', refusal: { at: new Date().toISOString(), code, reason } };
}

async function loadState(db: TDb, source: TListSourceConfig) {
  const [row] = await db.select().from(listSourceStates).where(eq(listSourceStates.source, source.id));
  return row ?? { url: '', etag: null, lastModified: null, failingSince: null };
}

async function recordOutcome(
  db: TDb,
  source: TListSourceConfig,
  outcome: TCheckOutcome,
  validators: { etag: string | null; lastModified: string | null } | null,
  now: Date,
  checkMinutes: number,
) {
  const succeeded = outcome.outcome !== 'failed' && outcome.outcome !== 'refused';
  const nextCheckAt = new Date(now.getTime() + checkMinutes * 60_000);
  const [current] = await db.select().from(listSourceStates).where(eq(listSourceStates.source, source.id));
  const values = {
    url: source.url,
    lastCheckAt: now,
    nextCheckAt,
    // A refused file keeps the old validators so that the next check downloads it again.
    ...(succeeded && validators ? validators : {}),
    ...(succeeded
      ? { lastSuccessAt: now, failingSince: null, lastError: null }
      : {
          failingSince: current?.failingSince ?? now,
          lastError: outcome.outcome === 'failed' ? outcome.error : outcome.refusal.reason,
        }),
    ...(outcome.outcome === 'imported' ? { lastChangeAt: now } : {}),
    ...(outcome.outcome === 'refused' ? { lastRefusal: outcome.refusal } : {}),
  };
  await db
    .insert(listSourceStates)
    .values({ source: source.id, ...values })
    .onConflictDoUpdate({ target: listSourceStates.source, set: values });
}

function definitionOf(source: TListSourceConfig) {
  return officialListSources.find((s) => s.id === source.id)!;
}

function fileNameOf(url: string): string {
  const last = new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? 'list';
  return /^[\w.-]+$/.test(last) ? last.toLowerCase() : 'list';
}

/** The companion beside the main file (…/sdn.csv → …/alt.csv), keeping the publisher's letter case. */
function siblingUrl(url: string, name: string): string {
  const parsed = new URL(url);
  const parts = parsed.pathname.split('/');
  const last = parts.at(-1) ?? '';
  parts[parts.length - 1] = last === last.toUpperCase() ? name.toUpperCase() : name;
  parsed.pathname = parts.join('/');
  return parsed.toString();
}

function isoDay(httpDate: string): string | undefined {
  const date = new Date(httpDate);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}
