import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { diffListHashes, type ListEntry, type ListVersionData } from '@vigilo/domain/screening/index.ts';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { canonicalJson, sha256 } from '../audit/audit-hash.ts';
import type { TDb, TDbOrTx } from '../db/client.ts';
import { enqueueJob } from '../jobs/jobs.service.ts';
import { listEntries, listVersions } from './screening.schema.ts';

export const rescreenJob = 'screening.rescreen';

export type TListVersionRow = typeof listVersions.$inferSelect;
/** A version in force as screening, health and the cockpit read it: without its diff (tens of KB a list). */
export type TActiveListVersion = Omit<TListVersionRow, 'diff'>;

export function entryHash(entry: ListEntry): string {
  return sha256(canonicalJson(entry));
}

function ownerCondition(organisationId: string | null) {
  return organisationId
    ? eq(listVersions.organisationId, organisationId)
    : isNull(listVersions.organisationId);
}

/** The version in force of one list: the newest import of that source for that owner. */
export async function findActiveVersion(db: TDbOrTx, source: string, organisationId: string | null) {
  const [row] = await db
    .select()
    .from(listVersions)
    .where(and(eq(listVersions.source, source), ownerCondition(organisationId)))
    .orderBy(desc(listVersions.importedAt))
    .limit(1);
  return row ?? null;
}

/**
 * Every list version in force: the platform's official lists, and the organisation's own watch list. Each
 * screening reads them (`screeningReferences`): the diff stays behind (parsing the EU list's 80 KB on every
 * contact created cost more than the screening's own statements; issue 21).
 */
export async function activeVersions(
  db: TDbOrTx,
  organisationId: string | null,
): Promise<TActiveListVersion[]> {
  const rows = await db.execute(versionsInForce(organisationId));
  return (rows.rows as Record<string, unknown>[]).map(activeVersionOf);
}

/** The select of the versions in force (the newest import of each list of each owner), rows for `activeVersionOf`. */
export function versionsInForce(organisationId: string | null) {
  return sql`
    select distinct on (source, organisation_id)
      id, organisation_id, source, format, list_date, checksum, counts, imported_by, imported_at
    from list_versions
    where organisation_id is null ${organisationId ? sql`or organisation_id = ${organisationId}` : sql``}
    order by source, organisation_id, imported_at desc`;
}

/** A version in force from a raw row of `list_versions` (its columns by their SQL names, without the diff). */
export function activeVersionOf(r: Record<string, unknown>): TActiveListVersion {
  return {
    id: r.id as string,
    organisationId: (r.organisation_id as string | null) ?? null,
    source: r.source as string,
    format: r.format as string,
    listDate: r.list_date as string,
    checksum: r.checksum as string,
    counts: r.counts,
    importedBy: (r.imported_by as string | null) ?? null,
    importedAt: new Date(r.imported_at as string),
  };
}

/** Each entry's hash in a version, by entry id. */
async function loadEntryHashes(db: TDbOrTx, versionId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ entryId: listEntries.entryId, entryHash: listEntries.entryHash })
    .from(listEntries)
    .where(eq(listEntries.versionId, versionId));
  return new Map(rows.map((r) => [r.entryId, r.entryHash]));
}

/**
 * Up to `limit` entries of a version after `after` in entry order, as one JSON text of
 * `[entryId, entryHash, data]` that PostgreSQL aggregates (the screening worker parses it, not this thread),
 * with the last entry id and the count.
 */
export async function entriesAsJsonChunk(
  db: TDbOrTx,
  versionId: string,
  after: string | null,
  limit: number,
): Promise<{ json: string | null; last: string | null; count: number }> {
  const result = await db.execute(sql`
    select json_agg(json_build_array(entry_id, entry_hash, data) order by entry_id)::text as json,
      max(entry_id) as last, count(*)::int as count
    from (
      select entry_id, entry_hash, data from list_entries
      where version_id = ${versionId} ${after === null ? sql`` : sql`and entry_id > ${after}`}
      order by entry_id limit ${limit}
    ) chunk`);
  return result.rows[0] as { json: string | null; last: string | null; count: number };
}

/**
 * Stores an imported list as a new version with its diff against the version in force, all in one
 * transaction (a failed import leaves the previous version active), then schedules the re-screening of
 * every contact — once per version, whichever instance picks the job.
 */
export async function storeListVersion(
  db: TDb,
  data: ListVersionData & { hashes?: readonly string[] },
  owner: { organisationId: string | null; importedBy: string | null; ip?: string | null },
  options: { onlyIfFirst?: boolean } = {},
): Promise<{ version: TListVersionRow; unchanged: boolean }> {
  if (data.entries.length === 0) throw new AppError('list_empty');
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`list:${data.source}:${owner.organisationId ?? ''}`}))`,
    );
    const previous = await findActiveVersion(tx, data.source, owner.organisationId);
    if (previous?.checksum === data.checksum) return { version: previous, unchanged: true };
    // A bundled snapshot never replaces a list that a fetch or an administrator has loaded meanwhile.
    if (previous && options.onlyIfFirst) return { version: previous, unchanged: true };
    // Compared by entry hash (the hash of the entry's canonical JSON): the previous version's content
    // is not even loaded, and the new one's hashes come from the import worker when it ran there.
    const hashes = data.hashes ?? data.entries.map(entryHash);
    const previousHashes = previous ? await loadEntryHashes(tx, previous.id) : new Map<string, string>();
    const diff = diffListHashes(
      previousHashes,
      data.entries.map((entry, i) => ({ entryId: entry.entryId, hash: hashes[i]! })),
    );
    const [version] = await tx
      .insert(listVersions)
      .values({
        organisationId: owner.organisationId,
        source: data.source,
        format: data.format,
        listDate: data.date,
        checksum: data.checksum,
        counts: data.counts,
        diff,
        importedBy: owner.importedBy,
      })
      .returning();
    // 500 entries a statement, sent as one JSON array that PostgreSQL unpacks: building 100,000 rows'
    // parameters one by one held the event loop for seconds.
    for (let i = 0; i < data.entries.length; i += 500) {
      const rows = data.entries.slice(i, i + 500).map((entry, j) => ({ e: entry, h: hashes[i + j] }));
      await tx.execute(sql`
        insert into list_entries (version_id, entry_id, entry_hash, data)
        select ${version!.id}::uuid, r.value->'e'->>'entryId', r.value->>'h', r.value->'e'
        from jsonb_array_elements(${JSON.stringify(rows)}::jsonb) as r
        on conflict do nothing`);
    }
    await recordAudit(tx, {
      organisationId: owner.organisationId,
      actorUserId: owner.importedBy,
      action: 'screening.list_imported',
      subjectType: 'platform',
      subjectId: version!.id,
      payload: {
        source: data.source,
        date: data.date,
        checksum: data.checksum,
        counts: data.counts,
        added: diff.added.length,
        changed: diff.changed.length,
        removed: diff.removed.length,
      },
      ip: owner.ip ?? null,
    });
    // The first version of a list re-screens too when contacts already exist (a fresh install whose
    // snapshots or first fetch land after the first contacts were created).
    if (previous || (await tx.execute(sql`select 1 from contacts limit 1`)).rows.length > 0)
      await enqueueJob(
        tx,
        rescreenJob,
        { versionId: version!.id },
        { dedupeKey: version!.id, maxAttempts: 50 },
      );
    return { version: version!, unchanged: false };
  });
}
