import { createHash } from 'node:crypto';
import { composeNationalNumber } from '@vigilo/domain/identifiers/index.ts';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EidBrowser } from '../../../test/eid-browser.ts';
import { createAgency, defaultPassword, insertActiveUser } from '../../../test/factories.ts';
import { createTestApp, type TTestApp } from '../../../test/harness.ts';
import {
  startIdentityProvider,
  type TTestIdentityProvider,
  type TTestPerson,
} from '../../../test/identity-provider.ts';
import { auditEvents } from '../../audit/audit.schema.ts';
import { sessions, users } from '../accounts.schema.ts';
import { eidIdentities, eidLoginStates } from './eid.schema.ts';

const redirectUri = 'http://localhost:3000/api/auth/eid/callback';
let idp: TTestIdentityProvider;
let t: TTestApp;
let tokenEndpoint: string;

beforeAll(async () => {
  idp = await startIdentityProvider({ redirectUri });
  t = await createTestApp({
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.client.id,
    OIDC_CLIENT_SECRET: idp.client.secret,
  });
  const metadata = await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json();
  tokenEndpoint = metadata.token_endpoint;
});
afterAll(async () => {
  await t?.close();
  await idp?.close();
});

let personCount = 0;
/** A person known to the provider, with a valid national register number (never stored by Vigilo). */
function newPerson(overrides: Partial<TTestPerson> = {}): TTestPerson {
  personCount += 1;
  const person = {
    sub: `person-${personCount}-${Date.now()}`,
    given_name: 'Marie',
    family_name: 'Dupont',
    gender: 'female',
    national_number: composeNationalNumber({
      birthDate: { year: 1985, month: 7, day: 30 },
      counter: 2 * personCount + 100,
    }),
    ...overrides,
  };
  idp.addPerson(person);
  return person;
}

/** A signed-in account in a browser of its own. */
async function signedInBrowser() {
  const user = await insertActiveUser(t.database.db);
  const browser = new EidBrowser(t.app, redirectUri);
  await browser.signIn(user.username, defaultPassword);
  return { user, browser };
}

async function auditOf(userId: string | null, actions: string[]) {
  const rows = await t.database.db
    .select()
    .from(auditEvents)
    .where(inArray(auditEvents.action, actions))
    .orderBy(auditEvents.id);
  return rows.filter((r) => userId === null || r.subjectId === userId);
}

/** Runs `action` while Vigilo's calls to the provider's token endpoint get an edited answer. */
async function withTokenResponse<T>(
  edit: (body: Record<string, unknown>) => Record<string, unknown>,
  action: () => Promise<T>,
): Promise<T> {
  const original = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const res = await original(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url !== tokenEndpoint || !res.ok) return res;
    const body = edit((await res.json()) as Record<string, unknown>);
    return new Response(JSON.stringify(body), {
      status: res.status,
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    });
  };
  try {
    return await action();
  } finally {
    globalThis.fetch = original;
  }
}

const stateOf = (authorizationUrl: URL) => authorizationUrl.searchParams.get('state')!;
const hashOf = (state: string) => createHash('sha256').update(state).digest('hex');

describe('linking an eID', () => {
  it('links the signed-in account; names, birth date and sex then come from the eID and are locked', async () => {
    const { user, browser } = await signedInBrowser();
    expect((await browser.get('/api/auth/eid/config')).body).toEqual({ enabled: true });
    const person = newPerson({ given_name: 'Marie-Claire', family_name: 'Van den Bossche' });
    idp.signInAs(person.sub);
    const linked = await browser.linkEid();
    expect(linked).toMatchObject({ status: 302, result: 'linked', purpose: 'link' });
    expect(linked.location).toMatch(/^\/eid\/result\?/);

    const me = (await browser.get('/api/accounts/me')).body;
    expect(me).toMatchObject({
      eidLinked: true,
      firstName: 'Marie-Claire',
      lastName: 'Van den Bossche',
      birthDate: '1985-07-30',
      sex: 'female',
    });
    const renamed = await browser.request('PATCH', '/api/accounts/me', { firstName: 'Other' });
    expect(renamed.status).toBe(409);
    expect(renamed.body).toMatchObject({ code: 'name_locked_by_eid', details: [{ field: 'firstName' }] });
    expect((await browser.request('PATCH', '/api/accounts/me', { language: 'nl' })).status).toBe(200);
    const again = await browser.request('POST', '/api/auth/eid/link/start');
    expect(again.body.code).toBe('eid_already_linked');

    // Only a keyed hash of the national number is kept, nowhere the number itself.
    const [identity] = await t.database.db
      .select()
      .from(eidIdentities)
      .where(eq(eidIdentities.userId, user.id));
    expect(identity).toMatchObject({ issuer: idp.issuer, subject: person.sub });
    expect(identity!.nationalNumberHash).toMatch(/^[0-9a-f]{64}$/);
    const events = await auditOf(user.id, ['eid.link_started', 'eid.linked']);
    expect(events.map((e) => e.action)).toEqual(['eid.link_started', 'eid.linked']);
    const everything = JSON.stringify([identity, events]);
    expect(everything).not.toContain(person.national_number);
  });

  it('refuses a second account the same eID, with the seed message, and audits the attempt', async () => {
    const person = newPerson();
    const first = await signedInBrowser();
    idp.signInAs(person.sub);
    expect((await first.browser.linkEid()).result).toBe('linked');

    const second = await signedInBrowser();
    const refused = await second.browser.linkEid();
    expect(refused).toMatchObject({ result: 'eid_identity_taken', purpose: 'link' });
    expect((await second.browser.get('/api/accounts/me')).body.eidLinked).toBe(false);
    const [event] = await auditOf(second.user.id, ['eid.link_refused']);
    expect(event?.payload).toMatchObject({ reason: 'identity_taken', linkedUserId: first.user.id });
    // The same person under another subject (e.g. through itsme instead of the federal service).
    idp.addPerson({ ...person, sub: `${person.sub}-itsme` });
    idp.signInAs(`${person.sub}-itsme`);
    expect((await second.browser.linkEid()).result).toBe('eid_identity_taken');
  });
});

describe('signing in with eID', () => {
  it('opens a session marked eid for the linked account, and refreshes the names from the eID', async () => {
    const person = newPerson({ given_name: 'Luc', family_name: 'Peeters', gender: 'male' });
    const { user, browser } = await signedInBrowser();
    idp.signInAs(person.sub);
    await browser.linkEid();
    idp.addPerson({ ...person, family_name: 'Peeters-Janssens' });

    const elsewhere = new EidBrowser(t.app, redirectUri);
    const signedIn = await elsewhere.signInWithEid();
    expect(signedIn).toMatchObject({ status: 302, result: 'signed_in', purpose: 'login' });
    const session = (await elsewhere.get('/api/auth/session')).body;
    expect(session.user).toMatchObject({ id: user.id, lastName: 'Peeters-Janssens', sex: 'male' });
    const rows = await t.database.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(rows.map((r) => r.authMethod).sort()).toEqual(['eid', 'password']);
    expect((await auditOf(user.id, ['eid.login_succeeded'])).length).toBe(1);
  });

  it('refuses an eID that no account is linked to', async () => {
    const stranger = newPerson();
    idp.signInAs(stranger.sub);
    const browser = new EidBrowser(t.app, redirectUri);
    expect((await browser.signInWithEid()).result).toBe('eid_not_linked');
    expect((await browser.get('/api/auth/session')).body.user).toBeNull();
    const failures = await auditOf(null, ['eid.login_failed']);
    expect(failures.at(-1)?.payload).toMatchObject({ result: 'eid_not_linked', reason: 'not_linked' });
  });
});

describe('the protocol checks', () => {
  let linkedPerson: TTestPerson;
  beforeAll(async () => {
    linkedPerson = newPerson();
    const { browser } = await signedInBrowser();
    idp.signInAs(linkedPerson.sub);
    await browser.linkEid();
  });

  /** Signs in with `tamper` applied; expects a refusal that opened no session, and returns its audit. */
  async function expectRefused(
    run: (browser: EidBrowser) => Promise<{ result: string | null }>,
    result = 'eid_failed',
  ) {
    idp.signInAs(linkedPerson.sub);
    const before = (await t.database.db.select().from(sessions)).length;
    const browser = new EidBrowser(t.app, redirectUri);
    expect((await run(browser)).result).toBe(result);
    expect((await browser.get('/api/auth/session')).body.user).toBeNull();
    expect((await t.database.db.select().from(sessions)).length).toBe(before);
    return (await auditOf(null, ['eid.login_failed'])).at(-1)!.payload as Record<string, string>;
  }

  it('accepts the untampered flow (the control case)', async () => {
    idp.signInAs(linkedPerson.sub);
    expect((await new EidBrowser(t.app, redirectUri).signInWithEid()).result).toBe('signed_in');
  });

  it('refuses an ID token whose content was altered after the provider signed it', async () => {
    const alter = (body: Record<string, unknown>) => {
      const [header, payload, signature] = String(body.id_token).split('.');
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
      claims.iat -= 1; // a harmless change: only the signature can tell
      const forged = Buffer.from(JSON.stringify(claims)).toString('base64url');
      return { ...body, id_token: `${header}.${forged}.${signature}` };
    };
    const audit = await expectRefused((browser) => withTokenResponse(alter, () => browser.signInWithEid()));
    expect(audit).toMatchObject({ reason: 'rejected' });
    expect(audit.message).toMatch(/signature/i);
  });

  it('refuses a genuine ID token issued to another client (wrong audience)', async () => {
    const audit = await expectRefused(async (browser) => {
      const authorizationUrl = await browser.startEidLogin();
      const foreign = await idTokenForOtherClient(authorizationUrl.searchParams.get('nonce')!);
      const callback = await browser.authenticateAt(authorizationUrl.href);
      return withTokenResponse(
        (body) => ({ ...body, id_token: foreign }),
        () => browser.deliverCallback(callback),
      );
    });
    expect(audit).toMatchObject({ reason: 'rejected' });
    expect(audit.message).toMatch(/aud/);
  });

  it('tolerates a minute of clock skew on the ID token, not more', async () => {
    // ID tokens valid for 1 s from a provider whose clock is behind ours: they arrive already expired.
    idp.setIdTokenLifetime(1);
    try {
      idp.setClockOffset(-31);
      idp.signInAs(linkedPerson.sub);
      expect((await new EidBrowser(t.app, redirectUri).signInWithEid()).result).toBe('signed_in');
      idp.setClockOffset(-121);
      const audit = await expectRefused((browser) => browser.signInWithEid());
      expect(audit.message).toMatch(/"exp"/);
    } finally {
      idp.setClockOffset(0);
      idp.setIdTokenLifetime(600);
    }
  });

  it('refuses a login state that expired, and uses it up', async () => {
    const audit = await expectRefused(async (browser) => {
      const authorizationUrl = await browser.startEidLogin();
      const id = hashOf(stateOf(authorizationUrl));
      await t.database.db
        .update(eidLoginStates)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(eidLoginStates.id, id));
      const outcome = await browser.deliverCallback(await browser.authenticateAt(authorizationUrl.href));
      const left = await t.database.db.select().from(eidLoginStates).where(eq(eidLoginStates.id, id));
      expect(left).toEqual([]);
      return outcome;
    }, 'eid_state_expired');
    expect(audit).toMatchObject({ reason: 'state_expired' });
  });

  it('refuses a nonce that is not the one Vigilo sent', async () => {
    const audit = await expectRefused((browser) =>
      browser.signInWithEid((url) => url.searchParams.set('nonce', 'attacker-chosen-nonce')),
    );
    expect(audit.message).toMatch(/nonce/);
  });

  it('refuses a state Vigilo never issued', async () => {
    const audit = await expectRefused((browser) =>
      browser.signInWithEid((url) => url.searchParams.set('state', 'forged-state')),
    );
    expect(audit).toMatchObject({ reason: 'unknown_state' });
  });

  it('refuses an answer delivered to another browser than the one that asked (login CSRF)', async () => {
    const audit = await expectRefused(async (victim) => {
      const attacker = new EidBrowser(t.app, redirectUri);
      const callback = await attacker.authenticateAt((await attacker.startEidLogin()).href);
      return victim.deliverCallback(callback);
    });
    expect(audit).toMatchObject({ reason: 'other_browser' });
  });

  it('refuses a code redeemed without the PKCE verifier that matches the challenge', async () => {
    const audit = await expectRefused((browser) =>
      browser.signInWithEid((url) =>
        url.searchParams.set('code_challenge', 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'),
      ),
    );
    expect(audit).toMatchObject({ reason: 'rejected', error: 'invalid_grant' });
  });
});

/** A genuine ID token for the provider's other client, carrying the nonce Vigilo expects. */
async function idTokenForOtherClient(nonce: string): Promise<string> {
  const { otherClient } = idp;
  const verifier = 'a'.repeat(43);
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const url = new URL(`${idp.issuer}/auth`);
  for (const [k, v] of Object.entries({
    client_id: otherClient.id,
    redirect_uri: otherClient.redirectUri,
    response_type: 'code',
    scope: 'openid',
    nonce,
    state: 'other-state',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  })) {
    url.searchParams.set(k, v);
  }
  const callback = await new EidBrowser(t.app, otherClient.redirectUri).authenticateAt(url.href);
  const res = await fetch(tokenEndpoint, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${otherClient.id}:${otherClient.secret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: callback.searchParams.get('code')!,
      redirect_uri: otherClient.redirectUri,
      code_verifier: verifier,
    }),
  });
  const body = (await res.json()) as { id_token?: string };
  if (!body.id_token) throw new Error(`no ID token for the other client: ${JSON.stringify(body)}`);
  return body.id_token;
}

describe('organisation eID settings', () => {
  it('require a linked eID to become AML officer (on by default), unless a manager turns it off', async () => {
    const agency = await createAgency(t);
    const manager = await agency.addMember({ isManager: true });
    const member = await agency.addMember({ toolRole: 'collaborator' });
    expect((await manager.client.get('/api/org')).body).toMatchObject({
      officerRequiresEid: true,
      requireEidForTool: false,
    });
    const claim = await member.client.post('/api/org/officer/claim');
    expect(claim).toMatchObject({ status: 403, body: { code: 'officer_requires_eid' } });
    const grant = await manager.client.patch(`/api/org/members/${member.membership.id}`, {
      toolRole: 'officer',
    });
    expect(grant.body.code).toBe('officer_requires_eid');

    const browser = new EidBrowser(t.app, redirectUri);
    await browser.signIn(member.user.username, defaultPassword);
    idp.signInAs(newPerson().sub);
    expect((await browser.linkEid()).result).toBe('linked');
    expect((await member.client.post('/api/org/officer/claim')).body.myToolRole).toBe('officer');

    const other = await agency.addMember({ toolRole: 'collaborator' });
    const settings = await manager.client.patch('/api/org', { officerRequiresEid: false });
    expect(settings.body.officerRequiresEid).toBe(false);
    const granted = await manager.client.patch(`/api/org/members/${other.membership.id}`, {
      toolRole: 'officer',
    });
    expect(granted.body.toolRole).toBe('officer');
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.organisationId, agency.organisation.id),
          eq(auditEvents.action, 'organisation.settings_updated'),
        ),
      );
    expect(event?.payload).toEqual({ changes: { officerRequiresEid: false } });
    expect((await member.client.patch('/api/org', { requireEidForTool: true })).status).toBe(403);
  });

  it('can require sessions opened with eID for the AML tool', async () => {
    const agency = await createAgency(t);
    const manager = await agency.addMember({ isManager: true, toolRole: 'officer' });
    const member = await agency.addMember({ toolRole: 'collaborator' });
    const person = newPerson();
    const linking = new EidBrowser(t.app, redirectUri);
    await linking.signIn(member.user.username, defaultPassword);
    idp.signInAs(person.sub);
    await linking.linkEid();
    expect((await member.client.get('/api/contacts')).status).toBe(200);

    expect((await manager.client.patch('/api/org', { requireEidForTool: true })).status).toBe(200);
    const refused = await member.client.get('/api/contacts');
    expect(refused).toMatchObject({ status: 403, body: { code: 'eid_sign_in_required' } });
    // The organisation pages stay open, so the member can read why and sign in again.
    expect((await member.client.get('/api/org')).status).toBe(200);

    const withEid = new EidBrowser(t.app, redirectUri);
    expect((await withEid.signInWithEid()).result).toBe('signed_in');
    await withEid.get('/api/auth/session');
    await withEid.request('PUT', '/api/session/active-organisation', {
      organisationId: agency.organisation.id,
    });
    expect((await withEid.get('/api/contacts')).status).toBe(200);
    const [user] = await t.database.db.select().from(users).where(eq(users.id, member.user.id));
    expect(user?.firstName).toBe(person.given_name);
  });
});

describe('without an identity provider configured', () => {
  let bare: TTestApp;
  beforeAll(async () => {
    bare = await createTestApp();
  });
  afterAll(() => bare?.close());

  it('hides eID and answers eid_not_configured; officer grants do not need an eID', async () => {
    const browser = new EidBrowser(bare.app, redirectUri);
    expect((await browser.get('/api/auth/eid/config')).body).toEqual({ enabled: false });
    for (const url of ['/api/auth/eid/login/start', '/api/auth/eid/callback?state=x&code=y']) {
      const res = await browser.get(url);
      expect(res).toMatchObject({ status: 404, body: { code: 'eid_not_configured' } });
    }
    const agency = await createAgency(bare);
    const member = await agency.addMember({ toolRole: 'collaborator' });
    expect((await member.client.post('/api/org/officer/claim')).body.myToolRole).toBe('officer');
  });
});
