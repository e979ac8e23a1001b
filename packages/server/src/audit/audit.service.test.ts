import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser } from '../../test/factories.ts';
import { createTestApp, createTestDatabase, type TTestApp, testDriver } from '../../test/harness.ts';
import { openDatabase } from '../db/client.ts';
import { auditEvents } from './audit.schema.ts';
import { recordAudit, recordReadAudit, verifyAuditChains } from './audit.service.ts';
import { hashAuditRow } from './audit-hash.ts';
import { InvalidAuditPayloadError } from './audit-payloads.ts';

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
  await createSignedInUser(t);
  await createSignedInUser(t);
});
afterAll(() => t.close());

describe('audit hash chain', () => {
  it('links every event to the previous one of its chain and verifies', async () => {
    const rows = await t.database.db.select().from(auditEvents).orderBy(auditEvents.id);
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    expect(await verifyAuditChains(t.database.db)).toMatchObject({ ok: true, events: rows.length });
  });

  it('keeps separate chains per organisation', async () => {
    const orgA = '00000000-0000-4000-8000-00000000000a';
    await t.database.db.transaction((tx) =>
      recordAudit(tx, { organisationId: orgA, action: 'account.password_changed', subjectType: 'account' }),
    );
    const [row] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.organisationId, orgA));
    expect(row?.prevHash).toBe('0'.repeat(64));
    expect((await verifyAuditChains(t.database.db)).ok).toBe(true);
  });

  it('links in the database exactly as hashAuditRow does, whatever characters the hashed fields hold', async () => {
    const organisationId = '00000000-0000-4000-8000-0000000000cc';
    const subjectId = 'Ωmega "é" \\ back\nslash — 𝄞';
    await t.database.db.transaction(async (tx) => {
      await recordAudit(tx, { organisationId, action: 'account.password_changed', subjectType: 'account' });
      await recordAudit(tx, {
        organisationId,
        action: 'account.password_changed',
        subjectType: 'account',
        subjectId,
        ip: '2001:db8::1',
      });
    });
    const rows = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.organisationId, organisationId))
      .orderBy(auditEvents.id);
    expect(rows.map((r) => r.subjectId)).toEqual([null, subjectId]);
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
    for (const row of rows) expect(row.hash).toBe(hashAuditRow(row));
  });

  it('names the tampered row when a payload is edited in the database', async () => {
    const rows = await t.database.db.select().from(auditEvents).orderBy(auditEvents.id);
    const victim = rows[2]!;
    await t.database.db.execute(
      sql`update audit_events set payload = '{"reason":"edited"}'::jsonb where id = ${victim.id}`,
    );
    const report = await verifyAuditChains(t.database.db);
    expect(report.ok).toBe(false);
    if (!report.ok) expect(report.brokenAt.id).toBe(victim.id);
  });

  it('serialises concurrent writers so the chain never forks', async () => {
    const db = await createTestDatabase();
    try {
      await Promise.all(
        Array.from({ length: 20 }, () =>
          db.db.transaction((tx) =>
            recordAudit(tx, { action: 'account.password_changed', subjectType: 'account' }),
          ),
        ),
      );
      expect(await verifyAuditChains(db.db)).toMatchObject({ ok: true, events: 20 });
    } finally {
      if (testDriver() === 'postgres') await db.close();
    }
  });

  it('appends reads in batches to the organisation chain, interleaved with its writers, without a fork', async () => {
    const db = await createTestDatabase();
    try {
      const organisationId = '00000000-0000-4000-8000-0000000000b1';
      const read = (i: number) =>
        recordReadAudit(db.db, {
          organisationId,
          action: 'contact.viewed',
          subjectType: 'contact',
          subjectId: `c${i}`,
          payload: { versionNo: i },
        });
      const write = () =>
        db.db.transaction((tx) =>
          recordAudit(tx, { organisationId, action: 'account.password_changed', subjectType: 'account' }),
        );
      await Promise.all([
        ...Array.from({ length: 30 }, (_, i) => read(i)),
        ...Array.from({ length: 10 }, () => write()),
      ]);
      // A read resolves only once on record: each one is there, with its own payload, in the one chain.
      const views = await db.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.action, 'contact.viewed'))
        .orderBy(auditEvents.id);
      expect(views.map((v) => v.subjectId).sort()).toEqual(
        Array.from({ length: 30 }, (_, i) => `c${i}`).sort(),
      );
      expect(new Set(views.map((v) => v.chain))).toEqual(new Set([organisationId]));
      for (const v of views) expect(v.payload).toEqual({ versionNo: Number(v.subjectId!.slice(1)) });
      expect(await verifyAuditChains(db.db)).toMatchObject({ ok: true, chains: 1, events: 40 });
      await read(99);
      expect(await verifyAuditChains(db.db)).toMatchObject({ ok: true, events: 41 });
    } finally {
      if (testDriver() === 'postgres') await db.close();
    }
  });
});

describe('vigilo audit verify (CLI)', () => {
  it('exits 1 and names the row after tampering', async () => {
    // The CLI opens the database itself: a PGlite directory, or the PostgreSQL test database by URL.
    const dataDir = mkdtempSync(join(tmpdir(), 'vigilo-cli-'));
    const db = testDriver() === 'postgres' ? await createTestDatabase() : await openDatabase({ dataDir });
    try {
      for (let i = 0; i < 3; i++) {
        await db.db.transaction((tx) =>
          recordAudit(tx, {
            action: 'account.profile_updated',
            subjectType: 'account',
            payload: { changes: { i: String(i) } },
          }),
        );
      }
      const cli = new URL('../../bin/vigilo.mjs', import.meta.url).pathname;
      const { DATABASE_URL: _ignored, ...base } = process.env;
      const target: Record<string, string> =
        'url' in db && typeof db.url === 'string' ? { DATABASE_URL: db.url } : {};
      const env = { ...base, ...target, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
      // PGlite allows one process at a time: the test's connection steps aside while the CLI runs.
      const reopen = async () => (testDriver() === 'postgres' ? db : await openDatabase({ dataDir }));
      if (testDriver() === 'pglite') await db.close();
      expect(execFileSync('node', [cli, 'audit', 'verify'], { env }).toString()).toMatch(/intact: 3 events/);
      const again = await reopen();
      const [second] = await again.db.select().from(auditEvents).orderBy(auditEvents.id).offset(1).limit(1);
      await again.db.execute(
        sql`update audit_events set action = 'account.logged_out' where id = ${second!.id}`,
      );
      if (testDriver() === 'pglite') await again.close();
      let output = '';
      try {
        execFileSync('node', [cli, 'audit', 'verify'], { env, stdio: 'pipe' });
      } catch (err) {
        const e = err as { status: number; stderr: Buffer };
        expect(e.status).toBe(1);
        output = e.stderr.toString();
      }
      expect(output).toMatch(new RegExp(`BROKEN at event ${second!.id}\\b`));
    } finally {
      if (testDriver() === 'postgres') await db.close();
    }
  }, 180_000); // spawns the built CLI twice: slow on a loaded 2-core machine
});

describe('typed audit payloads', () => {
  const orgB = '00000000-0000-4000-8000-00000000000b';
  const eventsOfB = () =>
    t.database.db.select().from(auditEvents).where(eq(auditEvents.organisationId, orgB));

  it('throws on a payload that does not fit its action, before the transaction commits', async () => {
    const attempt = t.database.db.transaction(async (tx) => {
      await recordAudit(tx, {
        organisationId: orgB,
        action: 'document.downloaded',
        subjectType: 'document',
        payload: { filename: 'a.pdf', sha256: 'ab' },
      });
      await recordAudit(tx, {
        organisationId: orgB,
        action: 'contact.updated',
        subjectType: 'contact',
        // @ts-expect-error the payload's type follows the action: contact.updated has no `reason`
        payload: { versionNo: 2, changedFields: [], reason: 'typo' },
      });
    });
    await expect(attempt).rejects.toThrow(InvalidAuditPayloadError);
    await expect(attempt).rejects.toThrow(/contact\.updated/);
    // The valid event written before the invalid one rolled back with it.
    expect(await eventsOfB()).toEqual([]);
  });

  it('throws on a missing field or a wrong type, and on a read event before it is queued', async () => {
    await expect(
      t.database.db.transaction((tx) =>
        recordAudit(tx, {
          action: 'contact.acceptance_pdf_generated',
          subjectType: 'contact',
          // @ts-expect-error versionNo must be a number
          payload: { versionNo: '1' },
        }),
      ),
    ).rejects.toThrow(InvalidAuditPayloadError);
    await expect(
      t.database.db.transaction((tx) =>
        recordAudit(tx, { organisationId: orgB, action: 'member.joined', subjectType: 'member' }),
      ),
    ).rejects.toThrow(/userId/);
    expect(() =>
      recordReadAudit(t.database.db, {
        organisationId: orgB,
        action: 'contact.viewed',
        subjectType: 'contact',
        // @ts-expect-error contact.viewed records a version number only
        payload: { versionNo: 1, name: 'Jan' },
      }),
    ).toThrow(InvalidAuditPayloadError);
    expect(await eventsOfB()).toEqual([]);
  });

  it('writes a payload that fits, as given', async () => {
    await t.database.db.transaction((tx) =>
      recordAudit(tx, {
        organisationId: orgB,
        action: 'officer.stepped_down',
        subjectType: 'member',
        payload: { to: 'collaborator' },
      }),
    );
    const [row] = await eventsOfB();
    expect(row?.payload).toEqual({ to: 'collaborator' });
  });
});
