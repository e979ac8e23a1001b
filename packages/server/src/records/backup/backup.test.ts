import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createSignedInUser } from '../../../test/factories.ts';
import { createTestDatabase, type TTestApp, testDriver } from '../../../test/harness.ts';
import {
  acceptedContact,
  attachPdf,
  completedTransaction,
  recordsAgency,
} from '../../../test/records-fixtures.ts';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { openDatabase, type TDb } from '../../db/client.ts';
import { storeDocument } from '../../documents/documents.service.ts';
import { samplePdf } from '../../documents/sample-documents.fixture.ts';
import { runRetention } from '../retention-job.ts';

const cli = new URL('../../../bin/vigilo.mjs', import.meta.url).pathname;
// Read at each use: a run crossing midnight (UTC) must not end a relationship the day before its last activity.
const today = () => new Date().toISOString().slice(0, 10);

/** Every row of every table, as PostgreSQL's JSON text, sorted: what "row for row" compares. */
async function tableRows(db: TDb): Promise<Record<string, string[]>> {
  const tables = await db.execute(
    sql`select tablename from pg_tables where schemaname = 'public' order by 1`,
  );
  const rows: Record<string, string[]> = {};
  for (const { tablename } of tables.rows as { tablename: string }[]) {
    const result = await db.execute(
      sql.raw(`select row_to_json(t)::text as r from "${tablename}" t order by 1`),
    );
    rows[tablename] = (result.rows as { r: string }[]).map((r) => r.r);
  }
  return rows;
}

/** SHA-256 of every file under DATA_DIR/documents, by relative path. */
function documentFiles(dataDir: string): Record<string, string> {
  const root = join(dataDir, 'documents');
  const found: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else found[relative(root, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(root);
  return found;
}

function vigilo(args: string[], env: Record<string, string>) {
  const { DATABASE_URL: _ignored, ...base } = process.env;
  try {
    const out = execFileSync('node', [cli, ...args], {
      env: { ...base, LOG_LEVEL: 'silent', ...env },
      stdio: 'pipe',
    });
    return { code: 0, out: out.toString() };
  } catch (error) {
    const e = error as { status: number; stdout: Buffer; stderr: Buffer };
    return { code: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

describe('vigilo backup and restore', () => {
  it('gives back every row, every document (by SHA-256) and a verifiable audit chain in an empty installation', async () => {
    const sourceDir = mkdtempSync(join(tmpdir(), 'vigilo-source-'));
    const targetDir = mkdtempSync(join(tmpdir(), 'vigilo-target-'));
    const source =
      testDriver() === 'pglite' ? await openDatabase({ dataDir: sourceDir }) : await createTestDatabase();
    const target = testDriver() === 'postgres' ? await createTestDatabase() : null;
    const env = (dataDir: string, database: object | null) => ({
      DATA_DIR: dataDir,
      SESSION_SECRET: 'test-secret-test-secret-test-secret-0123456789',
      ...(database && 'url' in database && typeof database.url === 'string'
        ? { DATABASE_URL: database.url }
        : {}),
    });
    try {
      const config = loadConfig({ ...env(sourceDir, null), DOCUMENT_STORAGE: 'local', LOG_LEVEL: 'silent' });
      const app = await buildApp({
        config: { ...config, webDistDir: undefined },
        db: source.db,
        logger: false,
      });
      await app.ready();
      const t = { app, database: source, close: async () => {} } as TTestApp;
      await createSignedInUser(t);
      const { agency, officer, collaborator } = await recordsAgency(t);
      const c = collaborator.client;
      const buyer = await acceptedContact(
        c,
        { lastName: 'Backupers', firstNames: 'Ada', idNumber: 'NA9900110' },
        'buyer',
      );
      const seller = await acceptedContact(
        c,
        { lastName: 'Herstel', firstNames: 'Bram', idNumber: 'NB9900220' },
        'seller',
      );
      const gone = await acceptedContact(
        c,
        { lastName: 'Verdwenen', firstNames: 'Cas', idNumber: 'NC9900330' },
        'buyer',
      );
      const actor = { userId: collaborator.user.id, organisationId: agency.organisation.id };
      await attachPdf(t, actor, buyer.id, 'Passport Ada Backupers');
      // One document in the database store as well, to cover both stores.
      await source.db.transaction((tx) =>
        storeDocument(
          tx,
          { ...app.ctx, config: { ...app.ctx.config, documentStorage: 'database' } },
          { ...actor, ip: null },
          {
            subjectType: 'contact',
            subjectId: seller.id,
            purpose: 'identity',
            filename: 'seller.pdf',
            bytes: samplePdf('Bram Herstel'),
          },
        ),
      );
      await completedTransaction(c, 'VK-BACKUP-1', seller.id, buyer.id);
      await officer.client.post(`/api/records/contacts/${gone.id}/retention/end`, { endedOn: today() });
      await officer.client.post(`/api/records/contacts/${buyer.id}/legal-holds`, {
        reason: 'judicial request',
      });
      await runRetention(app.ctx, { today: `${Number(today().slice(0, 4)) + 10}-12-31` });
      const before = await tableRows(source.db);
      const filesBefore = documentFiles(sourceDir);
      expect(Object.keys(filesBefore).length).toBeGreaterThanOrEqual(2);
      expect(before.document_blobs!.length).toBe(1);
      expect(before.audit_events!.some((r) => r.includes('"redacted_at":"'))).toBe(true);
      await app.close();
      // PGlite allows one process at a time: the CLI opens the directory itself.
      if (testDriver() === 'pglite') await source.close();

      const file = join(mkdtempSync(join(tmpdir(), 'vigilo-backup-')), 'vigilo.backup');
      const backup = vigilo(['backup', file], env(sourceDir, source));
      expect(backup.out).toMatch(/Backup written/);
      expect(backup.code).toBe(0);

      const restored = vigilo(['restore', file], env(targetDir, target));
      expect(restored.out).toMatch(/Restored \d+ rows/);
      expect(restored.code).toBe(0);
      expect(vigilo(['audit', 'verify'], env(targetDir, target)).out).toMatch(/Audit trail intact/);
      // A second restore onto data is refused without --force.
      expect(vigilo(['restore', file], env(targetDir, target))).toMatchObject({
        code: 1,
        out: expect.stringMatching(/already holds accounts/),
      });

      const reopened = testDriver() === 'pglite' ? await openDatabase({ dataDir: targetDir }) : target!;
      try {
        const after = await tableRows(reopened.db);
        expect(Object.keys(after)).toEqual(Object.keys(before));
        for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
        expect(documentFiles(targetDir)).toEqual(filesBefore);
      } finally {
        if (testDriver() === 'pglite') await reopened.close();
      }
    } finally {
      if (testDriver() === 'postgres') {
        await source.close();
        await target!.close();
      }
    }
  }, 180_000);
});
