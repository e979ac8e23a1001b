import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { TTx } from '../db/client.ts';
import { findOpenCode } from './accounts.repository.ts';
import { verificationCodes } from './accounts.schema.ts';

export const codeValidityMinutes = 30;
const maxAttempts = 5;

function hashCode(secret: string, code: string): string {
  return createHmac('sha256', secret).update(code).digest('hex');
}

/** Issues a new 6-digit code (invalidating earlier open ones of the same purpose); returns it in clear once. */
export async function issueCode(
  tx: TTx,
  secret: string,
  input: { userId: string; purpose: 'activation' | 'email_change'; newEmail?: string },
): Promise<string> {
  await tx
    .update(verificationCodes)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(verificationCodes.userId, input.userId),
        eq(verificationCodes.purpose, input.purpose),
        isNull(verificationCodes.usedAt),
      ),
    );
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await tx.insert(verificationCodes).values({
    userId: input.userId,
    purpose: input.purpose,
    codeHash: hashCode(secret, code),
    newEmail: input.newEmail ?? null,
    expiresAt: new Date(Date.now() + codeValidityMinutes * 60_000),
  });
  return code;
}

export type TConsumeResult =
  | { ok: true; newEmail: string | null }
  | { ok: false; error: 'invalid_code' | 'code_expired' | 'too_many_attempts' };

/**
 * Checks a code: single use, expiring, five attempts at most. A wrong attempt is counted even though
 * the request fails, so the caller commits the transaction and then reports the error.
 */
export async function consumeCode(
  tx: TTx,
  secret: string,
  input: { userId: string; purpose: 'activation' | 'email_change'; code: string },
): Promise<TConsumeResult> {
  const open = await findOpenCode(tx, input.userId, input.purpose);
  if (!open) return { ok: false, error: 'invalid_code' };
  if (open.attempts >= maxAttempts) return { ok: false, error: 'too_many_attempts' };
  if (open.expiresAt.getTime() < Date.now()) return { ok: false, error: 'code_expired' };
  const expected = Buffer.from(open.codeHash, 'hex');
  const given = Buffer.from(hashCode(secret, input.code), 'hex');
  if (!timingSafeEqual(expected, given)) {
    await tx
      .update(verificationCodes)
      .set({ attempts: open.attempts + 1 })
      .where(eq(verificationCodes.id, open.id));
    return { ok: false, error: open.attempts + 1 >= maxAttempts ? 'too_many_attempts' : 'invalid_code' };
  }
  await tx.update(verificationCodes).set({ usedAt: new Date() }).where(eq(verificationCodes.id, open.id));
  return { ok: true, newEmail: open.newEmail };
}
