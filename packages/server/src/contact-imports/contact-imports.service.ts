import { createHash } from 'node:crypto';
import {
  importIdentifier,
  importRow,
  importTargets,
  proposeMapping,
  type TImportMapping,
  type TImportRowError,
} from '@vigilo/domain/contacts/contact-import.ts';
import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import type { TContactImport, TContactImportPreview } from '@vigilo/domain/contracts/contact-imports.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { FastifyBaseLogger } from 'fastify';
import { recordAudit } from '../audit/audit.service.ts';
import { auditChannel, type TAuditChannel } from '../audit/audit-context.ts';
import { findContactByIdentifier, saveNewContact } from '../contacts/contacts.service.ts';
import type { TAppContext } from '../context.ts';
import type { TDb } from '../db/client.ts';
import type { TActor } from '../http/actor.ts';
import { translator } from '../i18n/i18n.ts';
import { enqueueJob } from '../jobs/jobs.service.ts';
import * as repo from './contact-imports.repository.ts';
import { readSpreadsheet, SpreadsheetError } from './read-spreadsheet.ts';

export const contactImportJob = 'contacts.import';
/** Rows per job run: a run stays well inside the job claim (5 minutes) and the next run resumes after it. */
export const importChunkRows = 200;
const previewRows = 20;

const today = () => new Date().toISOString().slice(0, 10);

function present(row: repo.TContactImportRow): TContactImport {
  return {
    id: row.id,
    filename: row.filename,
    format: row.format,
    status: row.status,
    headers: row.headers,
    mapping: row.mapping,
    acceptPartial: row.acceptPartial,
    totalRows: row.totalRows,
    processedRows: row.lastRow,
    importedRows: row.importedRows,
    duplicateRows: row.duplicateRows,
    invalidRows: row.invalidRows,
    failedRows: row.failedRows,
    contactsWithHits: row.contactsWithHits,
    hitCount: row.hitCount,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/**
 * A row's errors in the reader's language, each naming the column of the file it comes from (or the
 * field, when no column was mapped to it), with the validation catalogue's sentence.
 */
export function explainErrors(
  errors: readonly { field: string; code: string }[],
  mapping: TImportMapping,
  lang: TLanguage,
) {
  const t = translator(lang);
  return errors.map((e) => {
    const column = Object.entries(mapping).find(([, target]) => target === e.field)?.[0];
    const field =
      column ??
      ((importTargets as readonly string[]).includes(e.field)
        ? t(`contact-imports:target.${e.field}`)
        : t('contact-imports:target.row'));
    const message = t(`validation:${e.code}`, { defaultValue: t('validation:invalid') });
    return { field: e.field, code: e.code, message: t('validation:field', { field, message }) };
  });
}

/**
 * Reads the uploaded file, stores its rows and proposes a column mapping. The same file (same SHA-256)
 * sent again returns the import it started the first time: a file is never imported twice.
 */
export async function uploadImport(
  ctx: TAppContext,
  actor: TActor,
  file: { filename: string; bytes: Uint8Array },
): Promise<{ import: TContactImport; alreadyUploaded: boolean }> {
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const existing = await repo.findImportByHash(ctx.db, actor.organisationId, sha256);
  if (existing && existing.status !== 'cancelled')
    return { import: present(existing), alreadyUploaded: true };
  let sheet: ReturnType<typeof readSpreadsheet>;
  try {
    sheet = readSpreadsheet(file.bytes);
  } catch (error) {
    if (error instanceof SpreadsheetError) throw new AppError('contact_import_malformed');
    throw error;
  }
  if (sheet.rows.length === 0) throw new AppError('contact_import_malformed');
  const created = await ctx.db.transaction(async (tx) => {
    // A cancelled import of the same file imported nothing: the file may be sent again.
    if (existing) await repo.deleteImport(tx, existing.id);
    const row = await repo.insertImport(
      tx,
      {
        organisationId: actor.organisationId,
        createdBy: actor.userId,
        filename: file.filename.slice(0, 200),
        format: sheet.format,
        sha256,
        headers: sheet.headers,
        mapping: proposeMapping(sheet.headers),
        totalRows: sheet.rows.length,
      },
      sheet.rows,
    );
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'contact_import.uploaded',
      subjectType: 'contact_import',
      subjectId: row.id,
      payload: { filename: row.filename, sha256, rows: row.totalRows },
      ip: actor.ip,
    });
    return row;
  });
  return { import: present(created), alreadyUploaded: false };
}

async function requireImport(ctx: TAppContext, actor: TActor, importId: string) {
  const row = await repo.findImport(ctx.db, actor.organisationId, importId);
  if (!row) throw new AppError('not_found');
  return row;
}

export async function getImport(ctx: TAppContext, actor: TActor, importId: string) {
  return present(await requireImport(ctx, actor, importId));
}

export async function listImports(ctx: TAppContext, actor: TActor) {
  return { imports: (await repo.listImports(ctx.db, actor.organisationId)).map(present) };
}

/** Every row checked with the mapping (cheap: pure rules), the first ones shown with their errors. */
export async function previewImport(
  ctx: TAppContext,
  actor: TActor,
  importId: string,
  lang: TLanguage,
): Promise<TContactImportPreview> {
  const run = await requireImport(ctx, actor, importId);
  const rows = await repo.allRowCells(ctx.db, importId);
  const day = today();
  let validRows = 0;
  const shown: TContactImportPreview['rows'] = [];
  for (const row of rows) {
    const result = importRow(row.cells ?? {}, run.mapping, day);
    if (result.ok) validRows += 1;
    if (shown.length < previewRows)
      shown.push({
        rowNo: row.rowNo,
        cells: row.cells ?? {},
        errors: result.ok ? [] : explainErrors(result.errors, run.mapping, lang),
      });
  }
  return { validRows, invalidRows: rows.length - validRows, rows: shown };
}

export async function updateMapping(
  ctx: TAppContext,
  actor: TActor,
  importId: string,
  mapping: TImportMapping,
): Promise<TContactImport> {
  const run = await requireImport(ctx, actor, importId);
  if (run.status !== 'mapping') throw new AppError('contact_import_not_editable');
  const known = Object.fromEntries(run.headers.map((h) => [h, mapping[h] ?? null]));
  return present(await repo.updateImport(ctx.db, importId, { mapping: known }));
}

/**
 * Starts the import. A file with invalid rows is imported only when the user chose to accept it
 * partially; the rows are then processed by the job queue, which resumes after the last row done.
 */
export async function confirmImport(
  ctx: TAppContext,
  actor: TActor,
  importId: string,
  acceptPartial: boolean,
): Promise<TContactImport> {
  const run = await requireImport(ctx, actor, importId);
  if (run.status !== 'mapping') throw new AppError('contact_import_not_editable');
  if (!acceptPartial) {
    const preview = await previewImport(ctx, actor, importId, 'en');
    if (preview.invalidRows > 0)
      throw new AppError('contact_import_has_invalid_rows', { invalidRows: preview.invalidRows });
  }
  const updated = await ctx.db.transaction(async (tx) => {
    const locked = await repo.lockImport(tx, importId);
    if (locked?.status !== 'mapping') throw new AppError('contact_import_not_editable');
    const row = await repo.updateImport(tx, importId, {
      status: 'queued',
      acceptPartial,
      confirmedAt: new Date(),
    });
    // Started with an API key: the contacts the job creates are audited under the key's name too.
    const viaApiKey = auditChannel.getStore()?.apiKey;
    await enqueueJob(tx, contactImportJob, viaApiKey ? { importId, viaApiKey } : { importId }, {
      dedupeKey: `${importId}:0`,
    });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'contact_import.confirmed',
      subjectType: 'contact_import',
      subjectId: importId,
      payload: { acceptPartial, mapping: row.mapping },
      ip: actor.ip,
    });
    return row;
  });
  return present(updated);
}

/** Drops an import not started yet, with the client data it holds. */
export async function cancelImport(ctx: TAppContext, actor: TActor, importId: string) {
  const run = await requireImport(ctx, actor, importId);
  if (run.status !== 'mapping') throw new AppError('contact_import_not_editable');
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await repo.updateImport(tx, importId, { status: 'cancelled', finishedAt: new Date() });
    await repo.deleteRows(tx, importId);
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'contact_import.cancelled',
      subjectType: 'contact_import',
      subjectId: importId,
      payload: {},
      ip: actor.ip,
    });
    return row;
  });
  return present(updated);
}

export async function importRows(
  ctx: TAppContext,
  actor: TActor,
  importId: string,
  status: 'pending' | 'invalid' | 'imported' | 'duplicate' | 'failed' | undefined,
  lang: TLanguage,
) {
  const run = await requireImport(ctx, actor, importId);
  const rows = await repo.listRows(ctx.db, importId, status);
  return {
    rows: rows.map((r) => ({
      rowNo: r.rowNo,
      status: r.status,
      contactId: r.contactId,
      hitCount: r.hitCount,
      errors: explainErrors(r.errors, run.mapping, lang),
    })),
  };
}

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
