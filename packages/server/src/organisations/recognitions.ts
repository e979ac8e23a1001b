import { and, eq, inArray } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { recognitionTypes, userRecognitions } from './organisations.schema.ts';

/*
 * The kinds of professional recognition and the accounts that hold them, kept by the administrator (the
 * admin module records the audit, in the transaction it passes here).
 */

export type TRecognitionTypeRow = typeof recognitionTypes.$inferSelect;
type TRecognitionTypeValues = Omit<TRecognitionTypeRow, 'createdAt'>;

/** Every kind of recognition, by code. */
export async function listRecognitionTypeRows(db: TDbOrTx): Promise<TRecognitionTypeRow[]> {
  return db.select().from(recognitionTypes).orderBy(recognitionTypes.code);
}

/** One kind of recognition by code, or null. */
export async function findRecognitionType(db: TDbOrTx, code: string): Promise<TRecognitionTypeRow | null> {
  const [row] = await db.select().from(recognitionTypes).where(eq(recognitionTypes.code, code));
  return row ?? null;
}

/** Adds a kind of recognition; false when its code is taken. */
export async function insertRecognitionType(tx: TDbOrTx, values: TRecognitionTypeValues): Promise<boolean> {
  const inserted = await tx.insert(recognitionTypes).values(values).onConflictDoNothing().returning();
  return inserted.length > 0;
}

/** Changes a kind of recognition; false when there is none with that code. */
export async function changeRecognitionType(
  tx: TDbOrTx,
  code: string,
  values: Partial<Omit<TRecognitionTypeValues, 'code'>>,
): Promise<boolean> {
  const updated = await tx
    .update(recognitionTypes)
    .set(values)
    .where(eq(recognitionTypes.code, code))
    .returning();
  return updated.length > 0;
}

/** The recognitions these accounts hold, in one query. */
export async function recognitionsOfUsers(db: TDbOrTx, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .select()
    .from(userRecognitions)
    .where(inArray(userRecognitions.userId, [...userIds]));
}

/** Grants a recognition to an account, or changes its reference when the account already holds it. */
export async function grantUserRecognition(
  tx: TDbOrTx,
  values: { userId: string; recognitionCode: string; reference: string; grantedBy: string },
): Promise<void> {
  await tx
    .insert(userRecognitions)
    .values(values)
    .onConflictDoUpdate({
      target: [userRecognitions.userId, userRecognitions.recognitionCode],
      set: { reference: values.reference },
    });
}

/** Takes a recognition from an account; false when it did not hold it. */
export async function revokeUserRecognition(tx: TDbOrTx, userId: string, code: string): Promise<boolean> {
  const removed = await tx
    .delete(userRecognitions)
    .where(and(eq(userRecognitions.userId, userId), eq(userRecognitions.recognitionCode, code)))
    .returning();
  return removed.length > 0;
}
