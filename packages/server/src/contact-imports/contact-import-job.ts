// The job that imports a confirmed file, chunk by chunk, one transaction per row (split from
// contact-imports.service.ts, issue 19).
import { importIdentifier, importRow, type TImportRowError } from '@vigilo/domain/contacts/contact-import.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { FastifyBaseLogger } from 'fastify';
import { recordAudit } from '../audit/audit.service.ts';
import { auditChannel, type TAuditChannel } from '../audit/audit-context.ts';
import { findContactByIdentifier, saveNewContact } from '../contacts/contacts.service.ts';
import type { TAppContext } from '../context.ts';
import type { TDb } from '../db/client.ts';
import type { TActor } from '../http/actor.ts';
import { enqueueJob } from '../jobs/jobs.service.ts';
import * as repo from './contact-imports.repository.ts';

export const contactImportJob = 'contacts.import';
/** Rows per job run: a run stays well inside the job claim (5 minutes) and the next run resumes after it. */
export const importChunkRows = 200;

const today = () => new Date().toISOString().slice(0, 10);

type TOutcome =
  | { status: 'invalid'; errors: TImportRowError[] }
  | { status: 'duplicate'; contactId: string }
  | { status: 'failed'; errors: TImportRowError[] }
  | { status: 'imported'; contactId: string; hitCount: number };

/**
 * Processes the next chunk of rows. Each row is one transaction: the contact (created and screened by
 * the contacts module, M4), the row's outcome, the counters and the resume point commit together, so a
 * job stopped at any moment resumes after the last row committed and never imports a row twice.
 */
export async function processImportChunk(
  ctx: TAppContext,
  importId: string,
  chunkRows = importChunkRows,
): Promise<'more' | 'done'> {
  const first = await repo.findImportById(ctx.db, importId);
  if (!first || (first.status !== 'queued' && first.status !== 'running')) return 'done';
  const rows = await repo.rowsAfter(ctx.db, importId, first.lastRow, chunkRows);
  const day = today();
  for (const row of rows) {
    await ctx.db.transaction(async (tx) => {
      const run = await repo.lockImport(tx, importId);
      // Another worker took this row already (a claim that expired while it ran): nothing to redo.
      if (!run || run.lastRow >= row.rowNo) return;
      const actor: TActor = {
        userId: run.createdBy,
        organisationId: run.organisationId,
        membershipId: '',
        isManager: false,
        toolRole: 'collaborator',
        isAllowed: true,
        ip: null,
      };
      const outcome = await importOne(
        { ...ctx, db: tx as unknown as TDb },
        actor,
        importRow(row.cells ?? {}, run.mapping, day),
      );
      await repo.recordRowOutcome(tx, importId, row.rowNo, outcome);
      await repo.updateImport(tx, importId, {
        status: 'running',
        lastRow: row.rowNo,
        importedRows: run.importedRows + (outcome.status === 'imported' ? 1 : 0),
        duplicateRows: run.duplicateRows + (outcome.status === 'duplicate' ? 1 : 0),
        invalidRows: run.invalidRows + (outcome.status === 'invalid' ? 1 : 0),
        failedRows: run.failedRows + (outcome.status === 'failed' ? 1 : 0),
        contactsWithHits:
          run.contactsWithHits + (outcome.status === 'imported' && outcome.hitCount > 0 ? 1 : 0),
        hitCount: run.hitCount + (outcome.status === 'imported' ? outcome.hitCount : 0),
      });
    });
  }
  if (rows.length === chunkRows) return 'more';
  await ctx.db.transaction(async (tx) => {
    const run = await repo.lockImport(tx, importId);
    if (!run || run.status === 'completed') return;
    await repo.updateImport(tx, importId, { status: 'completed', finishedAt: new Date() });
    await repo.eraseCells(tx, importId);
    await recordAudit(tx, {
      organisationId: run.organisationId,
      actorUserId: run.createdBy,
      action: 'contact_import.completed',
      subjectType: 'contact_import',
      subjectId: importId,
      payload: {
        imported: run.importedRows,
        duplicates: run.duplicateRows,
        invalid: run.invalidRows,
        contactsWithHits: run.contactsWithHits,
        hits: run.hitCount,
      },
    });
  });
  return 'done';
}

/**
 * One row: refused when invalid, skipped when the organisation already has a contact with its national
 * or enterprise number, else created through the contacts module (which screens it) in the caller's
 * transaction — a savepoint, so a refused contact rolls back alone.
 */
async function importOne(
  ctx: TAppContext,
  actor: TActor,
  checked: ReturnType<typeof importRow>,
): Promise<TOutcome> {
  if (!checked.ok) return { status: 'invalid', errors: checked.errors };
  const identifier = importIdentifier(checked.value);
  if (identifier) {
    const existing = await findContactByIdentifier(ctx.db, actor.organisationId, identifier);
    if (existing) return { status: 'duplicate', contactId: existing };
  }
  try {
    const contact = await saveNewContact(ctx, actor, checked.value);
    return { status: 'imported', contactId: contact.id, hitCount: contact.hits };
  } catch (error) {
    if (error instanceof AppError && error.code === 'validation_failed') {
      const fields = (error.details?.fields ?? []) as { field: string; code: string }[];
      return { status: 'invalid', errors: fields.map((f) => ({ field: 'row', code: f.code })) };
    }
    // Another refusal of the contacts module (not a passing fault): reported on the row, the rest goes on.
    if (error instanceof AppError) return { status: 'failed', errors: [{ field: 'row', code: 'invalid' }] };
    throw error;
  }
}

/** The job: one chunk per run, then the next chunk queued, so long files never outlive a job claim. */
export function createContactImportHandler(ctx: TAppContext, _log: FastifyBaseLogger) {
  return async (payload: Record<string, unknown>) => {
    const importId = String(payload.importId);
    const channel = jobChannel(payload.viaApiKey);
    const next = await auditChannel.run(channel, () => processImportChunk(ctx, importId));
    if (next === 'done') return;
    const run = await repo.findImportById(ctx.db, importId);
    if (run)
      await enqueueJob(
        ctx.db,
        contactImportJob,
        channel.apiKey ? { importId, viaApiKey: channel.apiKey } : { importId },
        { dedupeKey: `${importId}:${run.lastRow}` },
      );
  };
}

/** The audit channel a job run acts through: the API key that confirmed the import, if any. */
function jobChannel(viaApiKey: unknown): TAuditChannel {
  const key = viaApiKey as { id?: unknown; name?: unknown } | undefined;
  return typeof key?.id === 'string' && typeof key.name === 'string'
    ? { apiKey: { id: key.id, name: key.name } }
    : {};
}
