import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser, tableCounts } from '../../test/factories.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../test/harness.ts';

let t: TTestApp;
let client: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  ({ client } = await createSignedInUser(t));
});
afterAll(() => t.close());

/** Every account route with a body, a valid-looking body, one required field and one field of the wrong type. */
const routes = [
  { method: 'POST', url: '/api/accounts/sign-up', field: 'email', wrongType: { firstName: 42 } },
  { method: 'POST', url: '/api/accounts/activate', field: 'code', wrongType: { login: 'x', code: 123456 } },
  { method: 'POST', url: '/api/accounts/resend-activation', field: 'login', wrongType: { login: ['x'] } },
  { method: 'POST', url: '/api/auth/login', field: 'password', wrongType: { login: 'x', password: true } },
  {
    method: 'POST',
    url: '/api/accounts/me/password',
    field: 'newPassword',
    wrongType: { currentPassword: 'x', newPassword: 5, newPasswordConfirmation: 5 },
  },
  {
    method: 'POST',
    url: '/api/accounts/me/email',
    field: 'newEmail',
    wrongType: { newEmail: {}, password: 'x' },
  },
  { method: 'POST', url: '/api/accounts/me/email/confirm', field: 'code', wrongType: { code: null } },
  { method: 'PATCH', url: '/api/accounts/me', field: null, wrongType: { language: 'de' } },
] as const;

describe.each(routes)('$method $url refuses bad input', (route) => {
  it('answers malformed JSON with a 400 and a message, writing nothing', async () => {
    const before = await tableCounts(t.database.db);
    const res = await client.request(route.method, route.url, '{"broken": ');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('malformed_json');
    expect(res.body.message).toMatch(/JSON/);
    expect(await tableCounts(t.database.db)).toEqual(before);
  });

  const field = route.field;
  // PATCH /api/accounts/me has only optional fields: nothing can be missing there.
  if (field)
    it('names a missing required field, writing nothing', async () => {
      const before = await tableCounts(t.database.db);
      const res = await client.request(route.method, route.url, {});
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(res.body.message).toContain(field);
      expect(await tableCounts(t.database.db)).toEqual(before);
    });

  it('names a field of the wrong type, writing nothing', async () => {
    const before = await tableCounts(t.database.db);
    const res = await client.request(route.method, route.url, route.wrongType);
    expect(res.status).toBe(400);
    expect(res.body.details.length).toBeGreaterThan(0);
    expect(await tableCounts(t.database.db)).toEqual(before);
  });

  it('refuses an oversized body with a 413', async () => {
    const res = await client.request(route.method, route.url, JSON.stringify({ pad: 'x'.repeat(1_100_000) }));
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('body_too_large');
  });
});

describe('error messages', () => {
  it('are translated into the language of the request', async () => {
    const anonymous = new (await import('../../test/harness.ts')).TestClient(t.app);
    anonymous.lang = 'nl';
    const res = await anonymous.post('/api/auth/login', {});
    expect(res.body.message).toMatch(/is verplicht/);
    anonymous.lang = 'en';
    expect((await anonymous.post('/api/auth/login', {})).body.message).toMatch(/is required/);
  });

  it('answers an unknown API route with a 404 body of the same shape', async () => {
    const res = await client.get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'route_not_found' });
  });
});
