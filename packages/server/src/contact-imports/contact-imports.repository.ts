import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { contactImportRows, contactImports, type TImportRowErrorCode } from './contact-imports.schema.ts';

export type TContactImportRow = typeof contactImports.$inferSelect;

export async function findImportByHash(db: TDbOrTx, organisationId: string, sha256: string) {
  const [row] = await db
    .select()
    .from(contactImports)
    .where(and(eq(contactImports.organisationId, organisationId), eq(contactImports.sha256, sha256)));
  return row ?? null;
}

export async function findImport(db: TDbOrTx, organisationId: string, importId: string) {
  const [row] = await db
    .select()
    .from(contactImports)
    .where(and(eq(contactImports.organisationId, organisationId), eq(contactImports.id, importId)));
  return row ?? null;
}

export async function findImportById(db: TDbOrTx, importId: string) {
  const [row] = await db.select().from(contactImports).where(eq(contactImports.id, importId));
  return row ?? null;
}

/** Takes the import's row lock: one worker at a time advances it, whatever the number of instances. */
export async function lockImport(db: TDbOrTx, importId: string) {
  const [row] = await db.select().from(contactImports).where(eq(contactImports.id, importId)).for('update');
  return row ?? null;
}

export async function findImportOrganisation(db: TDbOrTx, importId: string): Promise<string | null> {
  const [row] = await db
    .select({ organisationId: contactImports.organisationId })
    .from(contactImports)
    .where(eq(contactImports.id, importId));
  return row?.organisationId ?? null;
}

export function listImports(db: TDbOrTx, organisationId: string) {
  return db
    .select()
    .from(contactImports)
    .where(eq(contactImports.organisationId, organisationId))
    .orderBy(desc(contactImports.createdAt))
    .limit(50);
}

export async function insertImport(
  db: TDbOrTx,
  values: typeof contactImports.$inferInsert,
  rows: Record<string, string>[],
): Promise<TContactImportRow> {
  const [created] = await db.insert(contactImports).values(values).returning();
  // Batches keep each statement under PostgreSQL's 65,535 parameters.
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insert(contactImportRows)
      .values(
        rows.slice(i, i + 1000).map((cells, j) => ({ importId: created!.id, rowNo: i + j + 1, cells })),
      );
  }
  return created!;
}

export async function updateImport(
  db: TDbOrTx,
  importId: string,
  values: Partial<typeof contactImports.$inferInsert>,
): Promise<TContactImportRow> {
  const [row] = await db
    .update(contactImports)
    .set(values)
    .where(eq(contactImports.id, importId))
    .returning();
  return row!;
}

export function allRowCells(db: TDbOrTx, importId: string) {
  return db
    .select({ rowNo: contactImportRows.rowNo, cells: contactImportRows.cells })
    .from(contactImportRows)
    .where(eq(contactImportRows.importId, importId))
    .orderBy(asc(contactImportRows.rowNo));
}

export function rowsAfter(db: TDbOrTx, importId: string, afterRow: number, limit: number) {
  return db
    .select()
    .from(contactImportRows)
    .where(and(eq(contactImportRows.importId, importId), gt(contactImportRows.rowNo, afterRow)))
    .orderBy(asc(contactImportRows.rowNo))
    .limit(limit);
}

export function listRows(
  db: TDbOrTx,
  importId: string,
  status?: (typeof contactImportRows.$inferSelect)['status'],
) {
  return db
    .select()
    .from(contactImportRows)
    .where(
      and(
        eq(contactImportRows.importId, importId),
        status ? eq(contactImportRows.status, status) : undefined,
      ),
    )
    .orderBy(asc(contactImportRows.rowNo))
    .limit(1000);
}

export async function recordRowOutcome(
  db: TDbOrTx,
  importId: string,
  rowNo: number,
  outcome: {
    status: 'invalid' | 'imported' | 'duplicate' | 'failed';
    errors?: TImportRowErrorCode[];
    contactId?: string | null;
    hitCount?: number;
  },
) {
  await db
    .update(contactImportRows)
    .set({
      status: outcome.status,
      errors: outcome.errors ?? [],
      contactId: outcome.contactId ?? null,
      hitCount: outcome.hitCount ?? 0,
    })
    .where(and(eq(contactImportRows.importId, importId), eq(contactImportRows.rowNo, rowNo)));
}

/** The client's data as read from the file is kept only while the import may still need it. */
export async function eraseCells(db: TDbOrTx, importId: string) {
  await db
    .update(contactImportRows)
    .set({ cells: null })
    .where(and(eq(contactImportRows.importId, importId), sql`${contactImportRows.cells} is not null`));
}

export async function deleteRows(db: TDbOrTx, importId: string) {
  await db.delete(contactImportRows).where(eq(contactImportRows.importId, importId));
}

export async function deleteImport(db: TDbOrTx, importId: string) {
  await db.delete(contactImports).where(eq(contactImports.id, importId));
}
