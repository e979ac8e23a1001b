import { eq, inArray } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { users } from './accounts.schema.ts';

/** Some people by user id: names and when their account was created (never their credentials). */
export async function usersByIds(db: TDbOrTx, ids: readonly string[]) {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return [];
  return db
    .select({
      id: users.id,
      firstName: users.firstName,
      lastName: users.lastName,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(inArray(users.id, wanted));
}

/** A person's name, e-mail and language (what a document signed by them needs), or null. */
export async function findUserContact(db: TDbOrTx, userId: string) {
  const [row] = await db
    .select({
      firstName: users.firstName,
      lastName: users.lastName,
      email: users.email,
      language: users.language,
    })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}

export type TUserRow = typeof users.$inferSelect;

/** A person's account row (what a notification to them needs), or null. */
export async function findUserRow(db: TDbOrTx, userId: string): Promise<TUserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  return row ?? null;
}
