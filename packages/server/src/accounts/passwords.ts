import argon2 from 'argon2';

/**
 * argon2id at OWASP's recommended minimum (Password Storage Cheat Sheet: m=19 MiB, t=2, p=1). One lane, so a
 * sign-in never takes both cores of a small server; the hashing runs in libuv's thread pool, off the event
 * loop. Hashes made with other parameters (earlier: m=64 MiB, t=3, p=4) still verify: they carry their own.
 */
export const PASSWORD_HASH_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, PASSWORD_HASH_OPTIONS);
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password).catch(() => false);
}

/** A hash made with other parameters (e.g. the earlier 64 MiB, 3 passes, 4 lanes): sign-in replaces it. */
export function passwordNeedsRehash(hash: string): boolean {
  try {
    return argon2.needsRehash(hash, PASSWORD_HASH_OPTIONS);
  } catch {
    return true;
  }
}

// Verified against when the login names no account, so an unknown login costs the same time as a known one.
const dummyHash = hashPassword('vigilo-timing-equaliser');
export async function burnPasswordCheck(password: string): Promise<void> {
  await verifyPassword(await dummyHash, password);
}
