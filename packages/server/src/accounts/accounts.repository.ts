import { and, count, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { users, verificationCodes } from './accounts.schema.ts';

export type TUser = typeof users.$inferSelect;

/** Finds an account by username or e-mail, case-insensitively. */
export async function findUserByLogin(db: TDbOrTx, login: string): Promise<TUser | null> {
  const value = login.trim().toLowerCase();
  const [user] = await db
    .select()
    .from(users)
    .where(or(eq(sql`lower(${users.username})`, value), eq(sql`lower(${users.email})`, value)))
    .limit(1);
  return user ?? null;
}

export async function findUserById(db: TDbOrTx, id: string): Promise<TUser | null> {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return user ?? null;
}

export async function isUsernameTaken(db: TDbOrTx, username: string): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(eq(sql`lower(${users.username})`, username));
  return (row?.n ?? 0) > 0;
}

export async function isEmailTaken(db: TDbOrTx, email: string): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email));
  return (row?.n ?? 0) > 0;
}

export async function countUsers(db: TDbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

export async function findOpenCode(db: TDbOrTx, userId: string, purpose: 'activation' | 'email_change') {
  const [code] = await db
    .select()
    .from(verificationCodes)
    .where(
      and(
        eq(verificationCodes.userId, userId),
        eq(verificationCodes.purpose, purpose),
        isNull(verificationCodes.usedAt),
      ),
    )
    .orderBy(desc(verificationCodes.createdAt))
    .limit(1);
  return code ?? null;
}
