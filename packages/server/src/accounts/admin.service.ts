import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import type { TDb } from '../db/client.ts';
import { findUserByLogin } from './accounts.repository.ts';
import { users } from './accounts.schema.ts';
import { hashPassword } from './passwords.ts';

/** Operator command: creates an active administrator, or promotes the account that has this username. */
export async function createPlatformAdmin(
  db: TDb,
  input: {
    email: string;
    username: string;
    firstName: string;
    lastName: string;
    password: string;
    language: TLanguage;
  },
): Promise<'created' | 'promoted'> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const existing = await findUserByLogin(tx, input.username);
    if (existing) {
      await tx.update(users).set({ isPlatformAdmin: true }).where(eq(users.id, existing.id));
    } else {
      await tx.insert(users).values({
        username: input.username.toLowerCase(),
        email: input.email.toLowerCase(),
        firstName: input.firstName,
        lastName: input.lastName,
        passwordHash,
        language: input.language,
        status: 'active',
        isPlatformAdmin: true,
      });
    }
    const subject = existing ?? (await findUserByLogin(tx, input.username));
    await recordAudit(tx, {
      action: 'account.admin_created',
      subjectType: 'account',
      subjectId: subject?.id ?? null,
      payload: { username: input.username, promoted: Boolean(existing), via: 'cli' },
    });
    return existing ? 'promoted' : 'created';
  });
}
