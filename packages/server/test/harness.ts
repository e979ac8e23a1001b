import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import pg from 'pg';
import { buildApp, type TApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase, type TDatabase } from '../src/db/client.ts';

export type TTestDriver = 'pglite' | 'postgres';

export function testDriver(): TTestDriver {
  return process.env.VIGILO_TEST_DRIVER === 'postgres' ? 'postgres' : 'pglite';
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a new database on the PostgreSQL
 * server of TEST_DATABASE_URL that is dropped again on close.
 */
export async function createTestDatabase(): Promise<TDatabase & { url?: string }> {
  const database = await openDatabaseForTest();
  return { ...database, close: () => traceAuditActions(database).finally(database.close) };
}

/**
 * The full test run (scripts/test.mjs) checks that every action of the audit catalogue was written by
 * the code path that performs it: each test database tells, on close, which actions it holds.
 */
async function traceAuditActions(database: TDatabase): Promise<void> {
  const folder = process.env.VIGILO_AUDIT_TRACE_DIR;
  if (!folder) return;
  const result = await database.db.execute(sql`select distinct action from audit_events`);
  const actions = (result.rows as { action: string }[]).map((row) => row.action);
  writeFileSync(join(folder, `${randomBytes(8).toString('hex')}.txt`), actions.join('\n'));
}

async function openDatabaseForTest(): Promise<TDatabase & { url?: string }> {
  if (testDriver() === 'pglite') return openDatabase({});
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('VIGILO_TEST_DRIVER=postgres needs TEST_DATABASE_URL');
  const name = `vigilo_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

export type TTestApp = { app: TApp; database: TDatabase; close: () => Promise<void> };

/** The real application on a fresh database, without listening unless asked. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TTestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    DATA_DIR: mkdtempSync(join(tmpdir(), 'vigilo-test-')),
    SESSION_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    PUBLIC_URL: 'http://localhost:3000',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const app = await buildApp({
    config: { ...config, webDistDir: env.WEB_DIST_DIR },
    db: database.db,
    logger: false,
  });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

let clientCount = 1;

/** A browser-like client over app.inject: keeps the session cookie and sends the CSRF token. */
export class TestClient {
  private cookie: string | undefined;
  csrfToken: string | undefined;
  lang = 'fr';
  // Each client comes from its own address, as separate users would; per-IP rate limits stay per client.
  readonly ip = `10.${clientCount % 250}.${Math.floor(clientCount / 250) % 250}.${(clientCount++ % 200) + 1}`;

  constructor(private readonly app: TApp) {}

  async request(
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) {
    const res = await this.app.inject({
      method,
      url,
      remoteAddress: this.ip,
      ...(payload === undefined
        ? {}
        : typeof payload === 'string'
          ? { payload }
          : { payload: payload as object }),
      headers: {
        'accept-language': this.lang,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}),
        ...(typeof payload === 'string' ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
    });
    const setCookie = res.cookies.find((c) => c.name === 'vigilo_session');
    if (setCookie) this.cookie = setCookie.value ? `vigilo_session=${setCookie.value}` : undefined;
    const body = res.headers['content-type']?.toString().includes('json') ? res.json() : res.body;
    if (body && typeof body === 'object' && 'csrfToken' in body && body.csrfToken)
      this.csrfToken = body.csrfToken;
    return { status: res.statusCode, body, headers: res.headers };
  }

  /** The session cookie, for requests built by hand (multipart uploads). */
  cookieHeader(): string {
    return this.cookie ?? '';
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, payload?: unknown, headers?: Record<string, string>) {
    return this.request('POST', url, payload ?? {}, headers);
  }
  patch(url: string, payload?: unknown) {
    return this.request('PATCH', url, payload ?? {});
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }
}
