import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { type SQL, sql } from 'drizzle-orm';
import { userNamesByIds } from '../../accounts/user-names.ts';
import { auditCreatedWithin, lastAuditEventId } from '../../audit/audit.reads.ts';
import { chainOf, recordAudit } from '../../audit/audit.service.ts';
import { contactIdsActiveWithin } from '../../contacts/contact-activity.ts';
import { contactExists } from '../../contacts/contacts.reads.ts';
import type { TAppContext } from '../../context.ts';
import type { TTx } from '../../db/client.ts';
import { documentAttachedWithin } from '../../documents/document-sql.ts';
import { documentStorage, type TDocumentStorageKind } from '../../documents/document-storage.ts';
import type { TActor } from '../../http/actor.ts';
import { findOrganisationById } from '../../organisations/organisation-by-id.ts';
import { riskProfileChangedWithin } from '../../risk/risk-profile-sql.ts';
import {
  contactIdsOfTransaction,
  transactionExists,
  transactionIdsOfContact,
} from '../../transactions/transactions.reads.ts';
import { transactionIdsChangedWithin } from '../../transactions/transactions-changed.ts';
import { anyOf, contactEventsCondition, transactionEventsCondition } from '../record-subjects.ts';
import {
  collectAuditSlice,
  collectContacts,
  collectDocuments,
  collectTransactions,
  type TDocumentRow,
} from './collect-records.ts';
import { recordsExportJsonSchema, type TRecordsExport, ZRecordsExport } from './export-format.ts';
import { renderExportSummaryPdf } from './export-summary-pdf.ts';
import { ZipFileWriter } from './export-zip.ts';
import { verifyAuditSlice } from './verify-export.mjs';

export type TExportScope =
  | { kind: 'contact'; contactId: string }
  | { kind: 'transaction'; transactionId: string }
  | { kind: 'organisation'; from: string; to: string };

/** A ZIP written to a temporary file; the caller streams it and calls `dispose`. */
export type TExportFile = { path: string; filename: string; dispose: () => Promise<void> };

const verifyScript = readFileSync(new URL('./verify-export.mjs', import.meta.url), 'utf8');
const dayStart = (day: string) => sql`(${day}::date)::timestamp at time zone 'Europe/Brussels'`;

/** Which contacts, transactions and audit events an export covers. */
async function resolveScope(tx: TTx, organisationId: string, scope: TExportScope) {
  if (scope.kind === 'contact') {
    if (!(await contactExists(tx, organisationId, scope.contactId))) throw new AppError('not_found');
    const transactionIds = await transactionIdsOfContact(tx, organisationId, scope.contactId);
    const inScope = anyOf([
      contactEventsCondition(scope.contactId),
      ...transactionIds.map(transactionEventsCondition),
    ]);
    return { contactIds: [scope.contactId], transactionIds, inScope, subjectId: scope.contactId };
  }
  if (scope.kind === 'transaction') {
    if (!(await transactionExists(tx, organisationId, scope.transactionId))) throw new AppError('not_found');
    const contactIds = await contactIdsOfTransaction(tx, organisationId, scope.transactionId);
    const inScope = anyOf([
      transactionEventsCondition(scope.transactionId),
      ...contactIds.map(contactEventsCondition),
    ]);
    return { contactIds, transactionIds: [scope.transactionId], inScope, subjectId: scope.transactionId };
  }
  const from = dayStart(scope.from);
  const to = sql`${dayStart(scope.to)} + interval '1 day'`;
  const within = (column: SQL) => sql`(${column} >= ${from} and ${column} < ${to})`;
  const contactIds = await contactIdsActiveWithin(
    tx,
    organisationId,
    within,
    (contactId) =>
      sql`(${riskProfileChangedWithin(contactId, within)} or ${documentAttachedWithin(contactId, within)})`,
  );
  return {
    contactIds,
    transactionIds: await transactionIdsChangedWithin(tx, organisationId, within),
    inScope: auditCreatedWithin(from, to),
    subjectId: organisationId,
  };
}

/**
 * The supervisor export (M10): one ZIP with a readable PDF summary, `records.json` (every version,
 * decision, declaration, retention clock, document and audit event with its hashes) and its JSON
 * Schema, the documents themselves and `verify-export.mjs` to check the chain offline. The export is
 * audited first, in the same transaction that reads the records, so the ZIP ends with its own event.
 */
export async function exportRecords(
  ctx: TAppContext,
  actor: TActor,
  scope: TExportScope,
  lang: TLanguage,
): Promise<TExportFile> {
  const { records, documents } = await ctx.db.transaction(async (tx) => {
    const resolved = await resolveScope(tx, actor.organisationId, scope);
    const docs = await collectDocuments(
      tx,
      actor.organisationId,
      resolved.contactIds,
      resolved.transactionIds,
    );
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'records.exported',
      subjectType: scope.kind,
      subjectId: resolved.subjectId,
      payload: {
        scope,
        contacts: resolved.contactIds.length,
        transactions: resolved.transactionIds.length,
        documents: docs.length,
      },
      ip: actor.ip,
    });
    const chain = chainOf(actor.organisationId);
    const ownEventId = await lastAuditEventId(tx, chain);
    const records = await buildRecords(tx, ctx, actor, scope, resolved, docs, ownEventId!);
    return { records, documents: docs };
  });
  const chainVerified = verifyAuditSlice(records.audit).length === 0;
  const path = join(tmpdir(), `vigilo-export-${randomBytes(8).toString('hex')}.zip`);
  try {
    const zip = new ZipFileWriter(path);
    await zip.add('summary.pdf', await renderExportSummaryPdf(records, lang, chainVerified), false);
    await zip.add('records.json', `${JSON.stringify(records, null, 2)}\n`);
    await zip.add('records.schema.json', `${JSON.stringify(recordsExportJsonSchema(), null, 2)}\n`);
    await zip.add('verify-export.mjs', verifyScript);
    for (const [i, document] of documents.entries()) {
      await zip.add(records.documents[i]!.path, await readDocument(ctx, document), false);
    }
    await zip.close();
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
  return { path, filename: filenameOf(records), dispose: () => rm(path, { force: true }) };
}

async function buildRecords(
  tx: TTx,
  ctx: TAppContext,
  actor: TActor,
  scope: TExportScope,
  resolved: { contactIds: string[]; transactionIds: string[]; inScope: SQL },
  docs: TDocumentRow[],
  exportEventId: number,
): Promise<TRecordsExport> {
  const organisation = await findOrganisationById(tx, actor.organisationId);
  const names = await userNamesByIds(tx, [actor.userId]);
  const records: TRecordsExport = {
    format: 'vigilo-records-export',
    formatVersion: 1,
    generatedAt: new Date().toISOString(),
    generatedBy: { userId: actor.userId, name: names.get(actor.userId)! },
    organisation: {
      id: organisation!.id,
      name: organisation!.name,
      enterpriseNumber: organisation!.enterpriseNumber,
    },
    scope,
    contacts: await collectContacts(
      tx,
      actor.organisationId,
      resolved.contactIds,
      ctx.config.retention.years,
    ),
    transactions: await collectTransactions(tx, actor.organisationId, resolved.transactionIds),
    documents: docs.map((d) => ({
      id: d.id,
      subjectType: d.subjectType,
      subjectId: d.subjectId,
      purpose: d.purpose,
      filename: d.filename,
      mimeType: d.mimeType,
      sizeBytes: d.sizeBytes,
      sha256: d.sha256,
      uploadedBy: d.uploadedBy,
      createdAt: d.createdAt.toISOString(),
      path: `documents/${d.id}/${safeName(d.filename)}`,
    })),
    audit: await collectAuditSlice(tx, chainOf(actor.organisationId), resolved.inScope, exportEventId),
  };
  // The export never leaves in a shape other than the documented one.
  return ZRecordsExport.parse(records);
}

/** The bytes of a document, refused when they no longer match the SHA-256 recorded at upload. */
async function readDocument(ctx: TAppContext, document: TDocumentRow): Promise<Buffer> {
  const storage = documentStorage(document.storage as TDocumentStorageKind, ctx.config, ctx.db);
  const bytes = await storage.get(document.storageKey);
  if (!bytes) throw new Error(`document ${document.id}: content missing from ${document.storage} storage`);
  if (createHash('sha256').update(bytes).digest('hex') !== document.sha256) {
    throw new Error(`document ${document.id}: content does not match its SHA-256`);
  }
  return bytes;
}

/** A file name safe in every unzip tool: no path separators, no control characters. */
function safeName(filename: string): string {
  const cleaned = filename.replace(/[/\\\p{Cc}]/gu, '_').replace(/^\.+/, '_');
  return cleaned.slice(0, 150) || 'document';
}

function filenameOf(records: TRecordsExport): string {
  const day = records.generatedAt.slice(0, 10);
  const { scope } = records;
  if (scope.kind === 'organisation') return `vigilo-export-${scope.from}-${scope.to}.zip`;
  if (scope.kind === 'transaction') {
    return `vigilo-export-transaction-${safeName(records.transactions[0]?.reference ?? 'x')}-${day}.zip`;
  }
  return `vigilo-export-contact-${scope.contactId.slice(0, 8)}-${day}.zip`;
}
