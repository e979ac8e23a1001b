import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { sessions, users } from './accounts.schema.ts';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: TDbOrTx,
  input: {
    userId: string;
    maxHours: number;
    ip: string | null;
    userAgent: string | null;
    authMethod?: 'password' | 'eid';
  },
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.insert(sessions).values({
    id: hashToken(token),
    userId: input.userId,
    csrfToken,
    expiresAt: new Date(Date.now() + input.maxHours * 3600_000),
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
    authMethod: input.authMethod ?? 'password',
  });
  return { token, csrfToken };
}

/** The live session behind a cookie token, with its user; null when expired, idle too long or unknown. */
export async function findLiveSession(db: TDbOrTx, token: string, idleMinutes: number) {
  const now = new Date();
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, hashToken(token)), gt(sessions.expiresAt, now)))
    .limit(1);
  if (!row) return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() > idleMinutes * 60_000) {
    await deleteSession(db, row.session.id);
    return null;
  }
  if (row.user.status !== 'active') return null;
  return row;
}

export async function touchSession(db: TDbOrTx, id: string): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, id));
}

export async function deleteSession(db: TDbOrTx, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteOtherSessions(db: TDbOrTx, userId: string, keepId: string | null): Promise<void> {
  const all = await db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId));
  for (const s of all) if (s.id !== keepId) await deleteSession(db, s.id);
}

export async function setActiveOrganisation(
  db: TDbOrTx,
  id: string,
  organisationId: string | null,
): Promise<void> {
  await db.update(sessions).set({ activeOrganisationId: organisationId }).where(eq(sessions.id, id));
}
