import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { preparedStatements } from '../db/prepared.ts';
import { users, verificationCodes } from './accounts.schema.ts';
import { eidIdentities } from './eid/eid.schema.ts';
import type { TEidProfile } from './eid/eid-profile.ts';

export type TAccountExtras = { pendingEmail: string | null; eid: TEidProfile | null };

// The address waiting for confirmation: the newest live e-mail change code.
const pendingEmail = sql<string | null>`(${sql`select ${verificationCodes.newEmail} from ${verificationCodes}
  where ${and(
    eq(verificationCodes.userId, users.id),
    eq(verificationCodes.purpose, 'email_change'),
    isNull(verificationCodes.usedAt),
    gt(verificationCodes.expiresAt, sql`${sql.placeholder('now')}::timestamptz`),
  )}
  order by ${desc(verificationCodes.createdAt)} limit 1`})`;

// Prepared once: every page load asks for the session's user (GET /api/auth/session, issue 21).
const extrasOf = preparedStatements('vigilo_account_extras', (db: TDbOrTx, name) =>
  db
    .select({
      pendingEmail,
      eidUserId: eidIdentities.userId,
      birthDate: eidIdentities.birthDate,
      sex: eidIdentities.sex,
      linkedAt: eidIdentities.linkedAt,
    })
    .from(users)
    .leftJoin(eidIdentities, eq(eidIdentities.userId, users.id))
    .where(eq(users.id, sql`${sql.placeholder('userId')}::uuid`))
    .limit(1)
    .prepare(name),
);

/** What the account's own view adds to the user row: a pending e-mail change and the linked eID, in one read. */
export async function accountExtrasOf(db: TDbOrTx, userId: string, now: Date): Promise<TAccountExtras> {
  const [row] = await extrasOf(db).execute({ userId, now: now.toISOString() });
  if (!row) return { pendingEmail: null, eid: null };
  return {
    pendingEmail: row.pendingEmail,
    eid:
      row.eidUserId !== null && row.linkedAt !== null
        ? { birthDate: row.birthDate, sex: row.sex, linkedAt: row.linkedAt }
        : null,
  };
}
