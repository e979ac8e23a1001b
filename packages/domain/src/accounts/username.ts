/**
 * Proposes a username from the names on the ID card: lower-case ASCII "first.last", accents folded,
 * anything else dropped. The user may edit it at sign-up; it never changes afterwards.
 */
export function proposeUsername(firstName: string, lastName: string): string {
  const part = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return [part(firstName), part(lastName)].filter(Boolean).join('.').slice(0, 40);
}

/** A username: 3–40 characters, lower-case letters, digits, dot, dash, underscore. */
export const usernamePattern = /^[a-z0-9][a-z0-9._-]{1,38}[a-z0-9]$/;
