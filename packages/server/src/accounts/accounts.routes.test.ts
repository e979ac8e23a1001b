import argon2 from 'argon2';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser, defaultPassword, lastCodeFor, signUpInput } from '../../test/factories.ts';
import { createTestApp, TestClient, type TTestApp } from '../../test/harness.ts';
import { auditEvents } from '../audit/audit.schema.ts';
import { users, verificationCodes } from './accounts.schema.ts';

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('sign-up and activation', () => {
  it('creates a pending account, mails a code in the chosen language and activates with it', async () => {
    const client = new TestClient(t.app);
    client.lang = 'nl';
    const input = signUpInput();
    const res = await client.post('/api/accounts/sign-up', input);
    expect(res.status).toBe(201);
    const [user] = await t.database.db.select().from(users).where(eq(users.email, input.email));
    expect(user?.status).toBe('pending_activation');
    expect(user?.language).toBe('nl');
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);

    const early = await client.post('/api/auth/login', { login: input.username, password: input.password });
    expect(early.status).toBe(403);
    expect(early.body.code).toBe('account_not_active');

    const code = await lastCodeFor(t.database.db, input.email);
    expect((await client.post('/api/accounts/activate', { login: input.email, code })).status).toBe(200);
    // Single use: the same code cannot activate twice.
    expect((await client.post('/api/accounts/activate', { login: input.email, code })).status).toBe(400);
    const actions = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, user!.id));
    expect(actions.map((a) => a.action)).toEqual([
      'account.signed_up',
      'account.login_failed',
      'account.activated',
    ]);
  });

  it('makes the first account of an empty installation the platform administrator, and only that one', async () => {
    const all = await t.database.db.select().from(users);
    expect(all.filter((u) => u.isPlatformAdmin)).toHaveLength(1);
    const later = await createSignedInUser(t);
    expect(later.user.isPlatformAdmin).toBe(false);
  });

  it('refuses a taken username or e-mail and mismatched passwords, naming the field', async () => {
    const first = signUpInput();
    const client = new TestClient(t.app);
    await client.post('/api/accounts/sign-up', first);
    const sameUser = await client.post('/api/accounts/sign-up', {
      ...signUpInput(),
      username: first.username.toUpperCase(),
    });
    expect(sameUser.status).toBe(409);
    expect(sameUser.body.details[0].field).toBe('username');
    const sameEmail = await client.post('/api/accounts/sign-up', {
      ...signUpInput(),
      email: first.email.toUpperCase(),
    });
    expect(sameEmail.status).toBe(409);
    expect(sameEmail.body.code).toBe('email_taken');
    const mismatch = await client.post('/api/accounts/sign-up', {
      ...signUpInput(),
      passwordConfirmation: 'other password 123',
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.code).toBe('passwords_do_not_match');
  });

  it('limits wrong activation codes to five, then refuses even the right one', async () => {
    const client = new TestClient(t.app);
    const input = signUpInput();
    await client.post('/api/accounts/sign-up', input);
    const code = await lastCodeFor(t.database.db, input.email);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++)
      await client.post('/api/accounts/activate', { login: input.username, code: wrong });
    const res = await client.post('/api/accounts/activate', { login: input.username, code });
    expect(res.body.code).toBe('too_many_attempts');
    // A resent code works again.
    await client.post('/api/accounts/resend-activation', { login: input.username });
    const fresh = await lastCodeFor(t.database.db, input.email);
    expect((await client.post('/api/accounts/activate', { login: input.username, code: fresh })).status).toBe(
      200,
    );
  });

  it('refuses an expired code', async () => {
    const client = new TestClient(t.app);
    const input = signUpInput();
    await client.post('/api/accounts/sign-up', input);
    const code = await lastCodeFor(t.database.db, input.email);
    const [user] = await t.database.db.select().from(users).where(eq(users.email, input.email));
    await t.database.db
      .update(verificationCodes)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(verificationCodes.userId, user!.id));
    const res = await client.post('/api/accounts/activate', { login: input.username, code });
    expect(res.body.code).toBe('code_expired');
  });

  it('proposes a free username from the names', async () => {
    const client = new TestClient(t.app);
    const res = await client.get('/api/accounts/username-suggestion?firstName=Élodie&lastName=Dubois');
    expect(res.body.username).toBe('elodie.dubois');
    await client.post('/api/accounts/sign-up', signUpInput({ username: 'elodie.dubois' }));
    const next = await client.get('/api/accounts/username-suggestion?firstName=Élodie&lastName=Dubois');
    expect(next.body.username).toBe('elodie.dubois2');
  });
});

describe('login and sessions', () => {
  it('logs in with username or e-mail and sets an HttpOnly SameSite=Lax cookie', async () => {
    const { input } = await createSignedInUser(t);
    const client = new TestClient(t.app);
    const res = await client.post('/api/auth/login', {
      login: input.email.toUpperCase(),
      password: input.password,
    });
    expect(res.status).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect((await client.get('/api/accounts/me')).body.username).toBe(input.username);
  });

  it('replaces a hash made with earlier argon2 parameters at sign-in, and the password still works', async () => {
    const { input, user } = await createSignedInUser(t);
    const earlier = await argon2.hash(input.password, {
      type: argon2.argon2id,
      memoryCost: 65_536,
      timeCost: 3,
      parallelism: 4,
    });
    await t.database.db.update(users).set({ passwordHash: earlier }).where(eq(users.id, user.id));
    const client = new TestClient(t.app);
    expect(
      (await client.post('/api/auth/login', { login: input.username, password: input.password })).status,
    ).toBe(200);
    const [after] = await t.database.db.select().from(users).where(eq(users.id, user.id));
    expect(after!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    const again = new TestClient(t.app);
    expect(
      (await again.post('/api/auth/login', { login: input.username, password: input.password })).status,
    ).toBe(200);
  });

  it('gives the same answer for an unknown account and a wrong password', async () => {
    const { input } = await createSignedInUser(t);
    const client = new TestClient(t.app);
    const unknown = await client.post('/api/auth/login', {
      login: 'nobody@example.be',
      password: 'whatever-123',
    });
    const wrong = await client.post('/api/auth/login', {
      login: input.username,
      password: 'wrong password!',
    });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('never lets an outsider lock the owner out; slows one address alike for known and unknown logins', async () => {
    const { input } = await createSignedInUser(t);
    const attempt = (login: string, password: string, ip: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login, password },
        remoteAddress: ip,
      });
    // Wrong passwords from six other addresses: the owner still signs in from theirs.
    for (let i = 0; i < 6; i++) await attempt(input.username, `wrong-${i}`, `10.0.0.${i + 1}`);
    const owner = new TestClient(t.app);
    expect(
      (await owner.post('/api/auth/login', { login: input.username, password: input.password })).status,
    ).toBe(200);
    // Six failures from one address: that address now waits, with the right password too.
    for (let i = 0; i < 6; i++) await attempt(input.username, `wrong-${i}`, '10.0.7.1');
    const known = await attempt(input.username, input.password, '10.0.7.1');
    for (let i = 0; i < 6; i++) await attempt('nobody-at-all', `wrong-${i}`, '10.0.7.2');
    const unknown = await attempt('nobody-at-all', 'whatever-password', '10.0.7.2');
    expect(known.statusCode).toBe(429);
    expect(known.json()).toEqual(unknown.json());
    expect(known.json().code).toBe('account_locked');
    // Each attempt verifies an argon2id hash: about twenty of them on a shared machine.
  }, 120_000);

  it('rate-limits sign-in attempts per IP', async () => {
    let last = 0;
    for (let i = 0; i < 12; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: 'nobody', password: 'x' },
        remoteAddress: '10.9.9.9',
      });
      last = res.statusCode;
    }
    expect(last).toBe(429);
  });

  it('rotates the session at login and ends it at logout', async () => {
    const { client, input } = await createSignedInUser(t);
    const before = (await client.get('/api/auth/session')).body.csrfToken;
    await client.post('/api/auth/login', { login: input.username, password: input.password });
    const after = (await client.get('/api/auth/session')).body.csrfToken;
    expect(after).not.toBe(before);
    expect((await client.post('/api/auth/logout')).status).toBe(200);
    expect((await client.get('/api/accounts/me')).status).toBe(401);
    expect((await client.get('/api/auth/session')).body.user).toBeNull();
  });

  it('expires an idle session', async () => {
    const { client, user } = await createSignedInUser(t);
    const { sessions } = await import('./accounts.schema.ts');
    await t.database.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 3 * 3600_000) })
      .where(eq(sessions.userId, user.id));
    expect((await client.get('/api/accounts/me')).status).toBe(401);
  });

  it('refuses a cookie-authenticated change without the CSRF token', async () => {
    const { client } = await createSignedInUser(t);
    const token = client.csrfToken;
    client.csrfToken = undefined;
    const res = await client.patch('/api/accounts/me', { firstName: 'Piet' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('csrf_failed');
    client.csrfToken = token;
    expect((await client.patch('/api/accounts/me', { firstName: 'Piet' })).status).toBe(200);
  });
});

describe('profile, password and e-mail', () => {
  it('edits the profile and remembers the language', async () => {
    const { client } = await createSignedInUser(t);
    const res = await client.patch('/api/accounts/me', { firstName: 'Pieter', language: 'nl' });
    expect(res.body).toMatchObject({ firstName: 'Pieter', language: 'nl' });
    client.lang = 'en';
    // Errors follow the account's language, not the browser's.
    const err = await client.post('/api/accounts/me/password', {
      currentPassword: 'wrong one',
      newPassword: 'another good password',
      newPasswordConfirmation: 'another good password',
    });
    expect(err.body.message).toMatch(/huidige wachtwoord/);
  });

  it('changes the password with the current one and closes other sessions', async () => {
    const { client, input } = await createSignedInUser(t);
    const other = new TestClient(t.app);
    await other.post('/api/auth/login', { login: input.username, password: input.password });
    const res = await client.post('/api/accounts/me/password', {
      currentPassword: defaultPassword,
      newPassword: 'a brand new password',
      newPasswordConfirmation: 'a brand new password',
    });
    expect(res.status).toBe(200);
    expect((await client.get('/api/accounts/me')).status).toBe(200);
    expect((await other.get('/api/accounts/me')).status).toBe(401);
    const fresh = new TestClient(t.app);
    expect(
      (await fresh.post('/api/auth/login', { login: input.username, password: defaultPassword })).status,
    ).toBe(401);
    expect(
      (await fresh.post('/api/auth/login', { login: input.username, password: 'a brand new password' }))
        .status,
    ).toBe(200);
  });

  it('changes the e-mail only after the code sent to the new address', async () => {
    const { client, input } = await createSignedInUser(t);
    const newEmail = `new.${input.email}`;
    expect(
      (await client.post('/api/accounts/me/email', { newEmail, password: defaultPassword })).status,
    ).toBe(200);
    const me = await client.get('/api/accounts/me');
    expect(me.body.email).toBe(input.email);
    expect(me.body.pendingEmail).toBe(newEmail);
    const code = await lastCodeFor(t.database.db, newEmail);
    expect((await client.post('/api/accounts/me/email/confirm', { code })).status).toBe(200);
    expect((await client.get('/api/accounts/me')).body).toMatchObject({
      email: newEmail,
      pendingEmail: null,
    });
  });
});
