import { and, eq } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { users } from './accounts.schema.ts';

/** The active platform administrators, with what a mail to them needs (address, language, first name). */
export function activePlatformAdmins(db: TDbOrTx) {
  return db
    .select({ email: users.email, language: users.language, firstName: users.firstName })
    .from(users)
    .where(and(eq(users.isPlatformAdmin, true), eq(users.status, 'active')));
}
