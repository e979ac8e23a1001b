import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { sessions } from './accounts.schema.ts';

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
