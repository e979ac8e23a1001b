import type { TDbOrTx } from '../../db/client.ts';
import { findIdentityOfUser } from './eid.repository.ts';

export type TEidProfile = { birthDate: string | null; sex: 'male' | 'female' | null; linkedAt: Date };

/** What the profile shows of the account's linked eID, or null when none is linked. */
export async function findEidProfile(db: TDbOrTx, userId: string): Promise<TEidProfile | null> {
  const identity = await findIdentityOfUser(db, userId);
  return identity ? { birthDate: identity.birthDate, sex: identity.sex, linkedAt: identity.linkedAt } : null;
}
