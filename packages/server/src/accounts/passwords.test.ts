import argon2 from 'argon2';
import { describe, expect, it } from 'vitest';
import { hashPassword, passwordNeedsRehash, verifyPassword } from './passwords.ts';

describe('password hashing', () => {
  it('uses argon2id with one lane at OWASP minimum parameters', async () => {
    const hash = await hashPassword('correct horse battery staple');
    // PHC string: $argon2id$v=19$m=…,p=…,t=…$salt$hash (the parameters in any order).
    const params = Object.fromEntries(
      hash
        .split('$')[3]!
        .split(',')
        .map((pair) => pair.split('=')),
    );
    expect(params).toEqual({ m: '19456', t: '2', p: '1' });
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'wrong')).toBe(false);
  });

  it('still verifies hashes made with the earlier parameters', async () => {
    const earlier = await argon2.hash('s3cret-password', {
      type: argon2.argon2id,
      memoryCost: 65_536,
      timeCost: 3,
      parallelism: 4,
    });
    expect(await verifyPassword(earlier, 's3cret-password')).toBe(true);
    expect(passwordNeedsRehash(earlier)).toBe(true);
    expect(passwordNeedsRehash(await hashPassword('s3cret-password'))).toBe(false);
  });

  it('hashes off the event loop: the loop keeps turning while a hash is computed', async () => {
    // argon2's native hashing runs in libuv's thread pool (an N-API AsyncWorker). Were it on the main
    // thread, no callback could run between the call and its answer; here the loop turns many times.
    let turns = 0;
    let hashing = true;
    const spin = () => {
      turns += 1;
      if (hashing) setImmediate(spin);
    };
    setImmediate(spin);
    await hashPassword('correct horse battery staple');
    hashing = false;
    expect(turns).toBeGreaterThan(10);
  });
});
