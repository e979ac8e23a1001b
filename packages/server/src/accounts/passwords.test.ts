import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.ts';

describe('password hashing', () => {
  it("uses argon2id at or above OWASP's minimum (m = 19 MiB, t = 2, p = 1)", async () => {
    const hash = await hashPassword('correct horse battery staple');
    // PHC string: $argon2id$v=19$m=…,p=…,t=…$salt$hash (parameter order varies between libraries).
    expect(hash.startsWith('$argon2id$v=19$')).toBe(true);
    const params = Object.fromEntries(
      hash
        .split('$')[3]!
        .split(',')
        .map((pair) => pair.split('=') as [string, string]),
    );
    const [memoryKib, time, parallelism] = [params.m, params.t, params.p].map(Number);
    expect(memoryKib).toBeGreaterThanOrEqual(19 * 1024);
    expect(time).toBeGreaterThanOrEqual(2);
    expect(parallelism).toBeGreaterThanOrEqual(1);
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'wrong')).toBe(false);
  });
});
