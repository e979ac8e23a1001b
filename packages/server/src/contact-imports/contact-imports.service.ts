import { createHash } from 'node:crypto';
import {
  importRow,
  importTargets,
  proposeMapping,
  type TImportMapping,
} from '@vigilo/domain/contacts/contact-import.ts';
import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import type { TContactImport, TContactImportPreview } from '@vigilo/domain/contracts/contact-imports.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { auditChannel } from '../audit/audit-context.ts';
import type { TAppContext } from '../context.ts';
import type { TActor } from '../http/actor.ts';
import { translator } from '../i18n/i18n.ts';
import { enqueueJob } from '../jobs/jobs.service.ts';
import { contactImportJob } from './contact-import-job.ts';
import * as repo from './contact-imports.repository.ts';
import { readSpreadsheet, SpreadsheetError } from './read-spreadsheet.ts';

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

export {
  contactImportJob,
  createContactImportHandler,
  importChunkRows,
  processImportChunk,
} from './contact-import-job.ts';
