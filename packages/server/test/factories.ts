import { eq } from 'drizzle-orm';
import { users } from '../src/accounts/accounts.schema.ts';
import { hashPassword } from '../src/accounts/passwords.ts';
import type { TDb } from '../src/db/client.ts';
import { mailOutbox } from '../src/mail/mail.schema.ts';
import { TestClient, type TTestApp } from './harness.ts';

let counter = 0;
export const defaultPassword = 'correct horse battery staple';

export function signUpInput(overrides: Record<string, unknown> = {}) {
  counter += 1;
  const n = `${Date.now().toString(36)}${counter}`;
  return {
    firstName: 'Jan',
    lastName: 'Peeters',
    username: `jan.peeters.${n}`,
    email: `jan.${n}@example.be`,
    password: defaultPassword,
    passwordConfirmation: defaultPassword,
    ...overrides,
  };
}

/** The last code mailed to an address, read from the outbox (the SMTP test reads it off the wire). */
export async function lastCodeFor(db: TDb, email: string): Promise<string> {
  const rows = await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, email));
  const last = rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).at(-1);
  const code = last?.textBody.match(/\b(\d{6})\b/)?.[1];
  if (!code) throw new Error(`no code mailed to ${email}`);
  return code;
}

/** Signs up, activates and logs in a new user; returns a client holding the session. */
export async function createSignedInUser(t: TTestApp, overrides: Record<string, unknown> = {}) {
  const client = new TestClient(t.app);
  const input = signUpInput(overrides);
  const signUp = await client.post('/api/accounts/sign-up', input);
  if (signUp.status !== 201) throw new Error(`sign-up failed: ${JSON.stringify(signUp.body)}`);
  const code = await lastCodeFor(t.database.db, input.email);
  await client.post('/api/accounts/activate', { login: input.username, code });
  const login = await client.post('/api/auth/login', { login: input.username, password: input.password });
  if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`);
  const [user] = await t.database.db.select().from(users).where(eq(users.username, input.username));
  return { client, user: user!, input };
}

/** An active account created directly in the database (fast path for tests not about sign-up). */
export async function insertActiveUser(db: TDb, overrides: Partial<typeof users.$inferInsert> = {}) {
  const input = signUpInput();
  const [user] = await db
    .insert(users)
    .values({
      username: input.username,
      email: input.email,
      firstName: input.firstName,
      lastName: input.lastName,
      passwordHash: await hashPassword(defaultPassword),
      status: 'active',
      ...overrides,
    })
    .returning();
  return user!;
}

/** Row counts of every table, to prove that a refused request wrote nothing. */
export async function tableCounts(db: TDb): Promise<Record<string, number>> {
  const { sql } = await import('drizzle-orm');
  const tables = await db.execute(
    sql`select tablename from pg_tables where schemaname = 'public' order by tablename`,
  );
  const counts: Record<string, number> = {};
  for (const { tablename } of tables.rows as { tablename: string }[]) {
    const result = await db.execute(sql.raw(`select count(*)::int as n from "${tablename}"`));
    counts[tablename] = (result.rows[0] as { n: number }).n;
  }
  return counts;
}

/** A valid Belgian enterprise number (0 + 7 digits + 97 − mod 97), different at each call. */
let enterpriseCounter = 0;
export function newEnterpriseNumber(): string {
  enterpriseCounter += 1;
  const seven = String((Date.now() * 13 + enterpriseCounter * 7919) % 10_000_000).padStart(7, '0');
  const eight = `0${seven}`;
  const check = 97 - (Number(eight) % 97);
  return `${eight}${String(check).padStart(2, '0')}`;
}

type TMemberSpec = {
  isManager?: boolean;
  toolRole?: 'none' | 'collaborator' | 'officer';
  status?: 'pending' | 'active';
};

/**
 * An agency with members, built directly in the database (the API paths are tested elsewhere), each
 * member signed in with the agency as active organisation.
 */
export async function createAgency(t: TTestApp, options: { allowed?: boolean; name?: string } = {}) {
  const { organisations, memberships, allowedEnterpriseNumbers, userRecognitions } = await import(
    '../src/organisations/organisations.schema.ts'
  );
  const db = t.database.db;
  const enterpriseNumber = newEnterpriseNumber();
  const [org] = await db
    .insert(organisations)
    .values({ enterpriseNumber, name: options.name ?? `Agence ${enterpriseNumber}` })
    .returning();
  if (options.allowed !== false) await db.insert(allowedEnterpriseNumbers).values({ enterpriseNumber });

  async function addMember(spec: TMemberSpec = {}) {
    const user = await insertActiveUser(db);
    await db.insert(userRecognitions).values({ userId: user.id, recognitionCode: 'biv_ipi_member' });
    const [membership] = await db
      .insert(memberships)
      .values({
        organisationId: org!.id,
        userId: user.id,
        status: spec.status ?? 'active',
        isManager: spec.isManager ?? false,
        toolRole: spec.toolRole ?? 'none',
      })
      .returning();
    const client = new TestClient(t.app);
    const login = await client.post('/api/auth/login', { login: user.username, password: defaultPassword });
    if (login.status !== 200) throw new Error('login failed');
    await forceActiveOrganisation(t, client, org!.id);
    return { user, membership: membership!, client };
  }
  return { organisation: org!, addMember };
}

/** Sets the active organisation of a client's session directly (even for a pending member, to test refusals). */
export async function forceActiveOrganisation(t: TTestApp, client: TestClient, organisationId: string) {
  const { sessions } = await import('../src/accounts/accounts.schema.ts');
  const session = await client.get('/api/auth/session');
  const userId = session.body.user.id as string;
  await t.database.db
    .update(sessions)
    .set({ activeOrganisationId: organisationId })
    .where(eq(sessions.userId, userId));
}

/** Credits an organisation's wallet directly (tests of what a balance allows, not of top-ups). */
export async function creditWallet(t: TTestApp, organisationId: string, cents: number) {
  const { appendMovement, lockWallet } = await import('../src/wallet/wallet-ledger.ts');
  await t.database.db.transaction(async (tx) => {
    await lockWallet(tx, organisationId);
    await appendMovement(tx, {
      organisationId,
      kind: 'topup',
      product: 'top_up_online',
      amountExclVatCents: cents,
      vatCents: 0,
      vatRateBasisPoints: 0,
      priceListVersion: null,
      reference: 'test credit',
      subjectType: null,
      subjectId: null,
      userId: null,
      idempotencyKey: `test:${Math.random().toString(36).slice(2)}${Date.now()}`,
    });
  });
}
