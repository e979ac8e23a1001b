import { and, eq, lt, or } from 'drizzle-orm';
import type { TDbOrTx } from '../../db/client.ts';
import { eidIdentities, eidLoginStates } from './eid.schema.ts';

export type TEidIdentityRow = typeof eidIdentities.$inferSelect;
export type TEidLoginStateRow = typeof eidLoginStates.$inferSelect;

export async function insertLoginState(db: TDbOrTx, row: typeof eidLoginStates.$inferInsert): Promise<void> {
  await db.insert(eidLoginStates).values(row);
}

/** Removes and returns a login state: each state is used once, whatever the outcome. */
export async function takeLoginState(db: TDbOrTx, id: string): Promise<TEidLoginStateRow | null> {
  const [row] = await db.delete(eidLoginStates).where(eq(eidLoginStates.id, id)).returning();
  return row ?? null;
}

export async function deleteExpiredLoginStates(db: TDbOrTx, now: Date): Promise<void> {
  await db.delete(eidLoginStates).where(lt(eidLoginStates.expiresAt, now));
}

export async function findIdentityOfUser(db: TDbOrTx, userId: string): Promise<TEidIdentityRow | null> {
  const [row] = await db.select().from(eidIdentities).where(eq(eidIdentities.userId, userId)).limit(1);
  return row ?? null;
}

/** The identity already linked for this person: same national number, or same subject at the provider. */
export async function findIdentityOfPerson(
  db: TDbOrTx,
  person: { issuer: string; subject: string; nationalNumberHash: string },
): Promise<TEidIdentityRow | null> {
  const [row] = await db
    .select()
    .from(eidIdentities)
    .where(
      or(
        eq(eidIdentities.nationalNumberHash, person.nationalNumberHash),
        and(eq(eidIdentities.issuer, person.issuer), eq(eidIdentities.subject, person.subject)),
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function insertIdentity(db: TDbOrTx, row: typeof eidIdentities.$inferInsert): Promise<void> {
  await db.insert(eidIdentities).values(row);
}

export async function updateIdentity(
  db: TDbOrTx,
  id: string,
  values: Partial<Pick<TEidIdentityRow, 'birthDate' | 'sex' | 'issuer' | 'subject'>>,
): Promise<void> {
  await db.update(eidIdentities).set(values).where(eq(eidIdentities.id, id));
}
