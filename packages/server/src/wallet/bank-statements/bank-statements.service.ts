import { createHash } from 'node:crypto';
import type { TStatementImportResult, TStatementLine } from '@vigilo/domain/contracts/wallet.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { parseStructuredCommunication } from '@vigilo/domain/identifiers/index.ts';
import { matchBankTransfer } from '@vigilo/domain/wallet/index.ts';
import { desc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/audit.service.ts';
import type { TDb, TTx } from '../../db/client.ts';
import {
  findOrganisationIdByEnterpriseNumber,
  organisationNamesByIds,
} from '../../organisations/organisation-lookup.ts';
import { requireEnterpriseNumber } from '../../organisations/organisations.service.ts';
import { bankStatementImports, bankStatementLines, wallets } from '../wallet.schema.ts';
import { appendMovement, lockWallet } from '../wallet-ledger.ts';
import {
  StatementMalformedError,
  type TParsedStatement,
  type TStatementDetail,
  type TStatementEntry,
} from './camt053-parser.ts';
import { parseStatementOffLoop } from './parse-statement-off-loop.ts';
import { isEntryKnown, lineOf, restCommunication, type TLineInput } from './statement-line-input.ts';

type TLineRow = typeof bankStatementLines.$inferSelect;
type TImportBy = { userId: string | null; source: 'upload' | 'cli'; ip: string | null };

/**
 * Imports a CAMT.053 statement (B6): every booked credit becomes a line; a line whose structured
 * communication belongs to an organisation credits its wallet at once, the others wait for manual
 * assignment. A line already known (same bank reference) is never credited twice, so importing the same
 * statement again changes nothing. A malformed file is refused whole.
 */
export async function importBankStatement(
  db: TDb,
  bytes: Buffer,
  by: TImportBy,
): Promise<TStatementImportResult> {
  let parsed: TParsedStatement;
  try {
    parsed = await parseStatementOffLoop(bytes);
  } catch (error) {
    if (error instanceof StatementMalformedError) {
      throw new AppError('statement_malformed', { reason: error.reason, ...error.location });
    }
    throw error;
  }
  const fileSha256 = createHash('sha256').update(bytes).digest('hex');
  return db.transaction(async (tx) => {
    // One import at a time: lines of two overlapping statements are deduplicated in a fixed order.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('bank_statement_import'))`);
    const [previous] = await tx
      .select({ id: bankStatementImports.id })
      .from(bankStatementImports)
      .where(eq(bankStatementImports.fileSha256, fileSha256));
    const [imported] = await tx
      .insert(bankStatementImports)
      .values({
        fileSha256,
        messageId: parsed.messageId,
        accountIban: parsed.accountIban,
        statementIds: parsed.statementIds.join(','),
        importedBy: by.userId,
        source: by.source,
      })
      .returning();
    const counts = { credits: 0, matched: 0, unmatched: 0, duplicates: 0, ignored: 0 };
    for (const entry of parsed.entries) {
      if (entry.direction !== 'credit' || !entry.isBooked) {
        counts.ignored += 1;
        continue;
      }
      counts.credits += 1;
      for (const outcome of await importEntry(tx, imported!.id, entry, by)) counts[outcome] += 1;
    }
    await tx.update(bankStatementImports).set({ counts }).where(eq(bankStatementImports.id, imported!.id));
    await recordAudit(tx, {
      actorUserId: by.userId,
      action: 'admin.bank_statement_imported',
      subjectType: 'bank_statement',
      subjectId: imported!.id,
      payload: { messageId: parsed.messageId, fileSha256, source: by.source, ...counts },
      ip: by.ip,
    });
    return {
      importId: imported!.id,
      messageId: parsed.messageId,
      alreadyImported: Boolean(previous),
      ...counts,
    };
  });
}

type TOutcome = 'matched' | 'unmatched' | 'duplicates';

/**
 * One booked credit. A single transfer is one line of the entry's amount. A batch entry (several
 * transaction details) credits each detail whose communication belongs to an organisation, and keeps the
 * rest of the entry's amount as one line for manual assignment: the lines always add up to `Ntry/Amt`.
 * A batch in another currency stays one line, listed for manual handling like any non-euro entry.
 * An entry seen before, in whole or in part, is skipped whole: re-importing never credits twice, even if
 * a wallet matching another detail was opened in between.
 */
async function importEntry(tx: TTx, importId: string, entry: TStatementEntry, by: TImportBy) {
  if (await isEntryKnown(tx, entry.entryReference)) return ['duplicates'] as TOutcome[];
  if (entry.details.length <= 1) {
    return [await importLine(tx, importId, lineOf(entry, entry.details[0], entry.entryReference), by)];
  }
  // A batch in another currency is never split: the whole entry is listed for manual handling.
  if (entry.currency !== 'EUR') {
    const whole = {
      ...lineOf(entry, undefined, entry.entryReference),
      communication: restCommunication(entry.details),
    };
    return [await importLine(tx, importId, whole, by)];
  }
  const outcomes: TOutcome[] = [];
  let creditedCents = 0;
  const rest: TStatementDetail[] = [];
  for (const [index, detail] of entry.details.entries()) {
    const line = { ...lineOf(entry, detail, `${entry.entryReference}#${index + 1}`) };
    const fits =
      detail.amountCents !== null &&
      detail.amountCents > 0 &&
      detail.direction !== 'debit' &&
      creditedCents + detail.amountCents <= entry.amountCents;
    const match = fits ? await matchLine(tx, { ...line, amountCents: detail.amountCents! }) : null;
    if (!match?.ok) {
      rest.push(detail);
      continue;
    }
    creditedCents += detail.amountCents!;
    outcomes.push(await importLine(tx, importId, { ...line, amountCents: detail.amountCents! }, by));
  }
  if (creditedCents < entry.amountCents) {
    const remainder: TLineInput = {
      ...lineOf(entry, undefined, `${entry.entryReference}#rest`),
      amountCents: entry.amountCents - creditedCents,
      communication: restCommunication(rest),
    };
    outcomes.push(await importLine(tx, importId, remainder, by, 'batch_remainder'));
  }
  return outcomes;
}

async function importLine(
  tx: TTx,
  importId: string,
  line: TLineInput,
  by: TImportBy,
  forceManual?: 'batch_remainder',
): Promise<TOutcome> {
  const match = forceManual ? ({ ok: false, error: forceManual } as const) : await matchLine(tx, line);
  const [row] = await tx
    .insert(bankStatementLines)
    .values({
      importId,
      entryReference: line.entryReference,
      bookingDate: line.bookingDate,
      amountCents: line.amountCents,
      currency: line.currency,
      communication: line.communication,
      debtorName: line.debtorName,
      debtorIban: line.debtorIban,
      status: 'unmatched',
      matchError: match.ok ? null : match.error,
    })
    .onConflictDoNothing({ target: bankStatementLines.entryReference })
    .returning();
  if (!row) return 'duplicates';
  if (!match.ok) return 'unmatched';
  await creditLine(tx, row, match.organisationId, { status: 'matched', userId: null, ip: by.ip });
  return 'matched';
}

/** Matches by structured communication (mod-97 checked); only euros are credited automatically. */
async function matchLine(
  tx: TTx,
  line: Pick<TLineInput, 'currency' | 'communication' | 'amountCents'>,
): Promise<{ ok: true; organisationId: string } | { ok: false; error: string }> {
  if (line.currency !== 'EUR') return { ok: false, error: 'currency' };
  const parsed = line.communication ? parseStructuredCommunication(line.communication) : null;
  const candidates = parsed?.ok
    ? await tx
        .select({ walletId: wallets.organisationId, communicationDigits: wallets.communicationDigits })
        .from(wallets)
        .where(eq(wallets.communicationDigits, parsed.value.digits))
    : [];
  const result = matchBankTransfer(
    { communication: line.communication, amountCents: line.amountCents },
    candidates,
  );
  return result.ok ? { ok: true, organisationId: result.walletId } : { ok: false, error: result.error };
}

/** Credits a line to an organisation's wallet, once (the line's id is the movement's idempotency key). */
async function creditLine(
  tx: TTx,
  line: TLineRow,
  organisationId: string,
  how: { status: 'matched' | 'assigned'; userId: string | null; ip: string | null },
) {
  await lockWallet(tx, organisationId);
  const movement = await appendMovement(tx, {
    organisationId,
    kind: 'topup',
    product: 'top_up_transfer',
    amountExclVatCents: line.amountCents,
    vatCents: 0,
    vatRateBasisPoints: 0,
    priceListVersion: null,
    reference: line.communication ?? line.entryReference,
    subjectType: 'bank_statement_line',
    subjectId: line.id,
    userId: null,
    idempotencyKey: `transfer:${line.id}`,
  });
  await tx
    .update(bankStatementLines)
    .set({
      status: how.status,
      organisationId,
      movementId: movement.id,
      ...(how.status === 'assigned' ? { assignedBy: how.userId, assignedAt: new Date() } : {}),
    })
    .where(eq(bankStatementLines.id, line.id));
  await recordAudit(tx, {
    organisationId,
    actorUserId: how.userId,
    action: 'wallet.topped_up',
    subjectType: 'wallet',
    subjectId: movement.id,
    payload: {
      source: how.status === 'matched' ? 'bank_transfer' : 'bank_transfer_assigned',
      statementLineId: line.id,
      entryReference: line.entryReference,
      amountCents: line.amountCents,
      balanceAfterCents: movement.balanceAfterCents,
    },
    ip: how.ip,
  });
}

/** Lines by status, newest first (unmatched by default: the administrator's to-do list). */
export async function listStatementLines(db: TDb, status: TLineRow['status']): Promise<TStatementLine[]> {
  const lines = await db
    .select()
    .from(bankStatementLines)
    .where(eq(bankStatementLines.status, status))
    .orderBy(desc(bankStatementLines.createdAt))
    .limit(500);
  const names = await organisationNamesByIds(
    db,
    lines.map((line) => line.organisationId),
  );
  return lines.map((line) => ({
    id: line.id,
    entryReference: line.entryReference,
    bookingDate: line.bookingDate,
    amountCents: line.amountCents,
    currency: line.currency,
    communication: line.communication,
    debtorName: line.debtorName,
    debtorIban: line.debtorIban,
    status: line.status,
    matchError: line.matchError,
    organisationId: line.organisationId,
    organisationName: (line.organisationId && names.get(line.organisationId)) ?? null,
    importedAt: line.createdAt.toISOString(),
  }));
}

/** A platform administrator credits an unmatched line to the organisation it belongs to. */
export async function assignStatementLine(
  db: TDb,
  admin: { userId: string; ip: string | null },
  lineId: string,
  enterpriseNumberInput: string,
): Promise<TStatementLine> {
  const enterpriseNumber = requireEnterpriseNumber(enterpriseNumberInput);
  const organisationId = await findOrganisationIdByEnterpriseNumber(db, enterpriseNumber);
  if (!organisationId) throw new AppError('organisation_not_found', { field: 'enterpriseNumber' });
  await db.transaction(async (tx) => {
    const [line] = await tx
      .select()
      .from(bankStatementLines)
      .where(eq(bankStatementLines.id, lineId))
      .for('update');
    if (!line) throw new AppError('not_found');
    if (line.status !== 'unmatched') throw new AppError('statement_line_not_unmatched');
    if (line.currency !== 'EUR') throw new AppError('statement_line_not_unmatched');
    await creditLine(tx, line, organisationId, { status: 'assigned', userId: admin.userId, ip: admin.ip });
    await recordAudit(tx, {
      actorUserId: admin.userId,
      action: 'admin.statement_line_assigned',
      subjectType: 'bank_statement',
      subjectId: line.id,
      payload: {
        organisationId,
        amountCents: line.amountCents,
        entryReference: line.entryReference,
      },
      ip: admin.ip,
    });
  });
  const [assigned] = (await listStatementLines(db, 'assigned')).filter((l) => l.id === lineId);
  return assigned!;
}
