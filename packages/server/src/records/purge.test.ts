import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser } from '../../test/factories.ts';
import { createTestApp, type TTestApp } from '../../test/harness.ts';
import {
  acceptedContact,
  attachPdf,
  completedTransaction,
  dumpDatabase,
  findInDump,
  recordsAgency,
} from '../../test/records-fixtures.ts';
import { auditEvents } from '../audit/audit.schema.ts';
import { verifyAuditChains } from '../audit/audit.service.ts';
import type { TDb } from '../db/client.ts';
import { documents } from '../documents/documents.schema.ts';
import { transactionParties, transactions } from '../transactions/transactions.schema.ts';
import { retentionResidues } from './records.schema.ts';
import { runRetention } from './retention-job.ts';

// Documents as files (DOCUMENT_STORAGE=local): the purge must reach the file store, not only the tables.
let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp({ DOCUMENT_STORAGE: 'local' });
  await createSignedInUser(t);
});
afterAll(() => t.close());

// Read at each use: a run crossing midnight (UTC) must not end a relationship the day before its last activity.
const today = () => new Date().toISOString().slice(0, 10);
const tenYearsOn = () => `${Number(today().slice(0, 4)) + 10}-12-31`;

/** Fingerprint of every table but the job queue, to prove a second pass changes nothing. */
async function fingerprint(db: TDb): Promise<string> {
  const tables = await db.execute(
    sql`select tablename from pg_tables where schemaname = 'public' and tablename not in ('jobs', 'sessions') order by 1`,
  );
  const parts: string[] = [];
  for (const { tablename } of tables.rows as { tablename: string }[]) {
    const r = await db.execute(
      sql.raw(
        `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from "${tablename}" t`,
      ),
    );
    parts.push(`${tablename}:${(r.rows[0] as { h: string }).h}`);
  }
  return parts.join(',');
}

describe('retention purge', () => {
  it('erases a contact everywhere after its date, keeps the statistics and a verifiable chain; a held contact stays; a second pass does nothing', async () => {
    const { agency, officer, collaborator } = await recordsAgency(t);
    const c = collaborator.client;
    const buyer = await acceptedContact(
      c,
      { lastName: 'Zwijsenbergh', firstNames: 'Quirina', idNumber: 'NQ7781234' },
      'buyer',
    );
    const seller = await acceptedContact(
      c,
      { lastName: 'Oostvlieger', firstNames: 'Baptist', idNumber: 'NB5529911' },
      'seller',
    );
    const held = await acceptedContact(
      c,
      { lastName: 'Hollewijn', firstNames: 'Tjitske', idNumber: 'NT3318842' },
      'buyer',
    );
    const actor = { userId: collaborator.user.id, organisationId: agency.organisation.id };
    const buyerDoc = await attachPdf(t, actor, buyer.id, 'Passport Quirina Zwijsenbergh');
    const heldDoc = await attachPdf(t, actor, held.id, 'Passport Tjitske Hollewijn');
    const deal = await completedTransaction(c, 'VK-PURGE-1', seller.id, buyer.id);
    // Reads are audited too, and their events name the contact: the purge must reach them.
    expect((await c.get(`/api/contacts/${buyer.id}`)).status).toBe(200);
    expect((await c.get(`/api/documents/${buyerDoc.id}/download`)).status).toBe(200);

    // A goAML report to CTIF on the transaction names the parties in its texts and XML.
    const goaml = await t.database.db.execute(sql`
      insert into goaml_reports (organisation_id, subject_type, subject_id, kind, state, status, texts)
      values (${agency.organisation.id}, 'transaction', ${deal.id}, 'STR', '{}', 'draft',
              ${JSON.stringify({ reason: 'Quirina Zwijsenbergh paid in cash' })}::jsonb) returning id`);
    const reportId = (goaml.rows[0] as { id: string }).id;
    await t.database.db.execute(sql`
      insert into goaml_report_files (organisation_id, report_id, xml, sha256, profile_name)
      values (${agency.organisation.id}, ${reportId}, '<t_person><last_name>Zwijsenbergh</last_name></t_person>', '', 'UNODC')`);

    const o = officer.client;
    for (const contact of [buyer, seller, held]) {
      const ended = await o.post(`/api/records/contacts/${contact.id}/retention/end`, {
        endedOn: today(),
        reason: 'sale closed',
      });
      expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    }
    const hold = await o.post(`/api/records/contacts/${held.id}/legal-holds`, {
      reason: 'CTIF request',
      reference: 'CTIF-2026-17',
    });
    expect(hold.body.state).toBe('held');

    const filesBefore = (await t.database.db.select().from(documents)).map((d) => d.storageKey);
    const report = await runRetention(t.app.ctx, { today: tenYearsOn() });
    expect(report.outcomes.map((o) => [o.contactId, o.result]).sort()).toEqual(
      [
        [buyer.id, 'purged'],
        [seller.id, 'purged'],
        [held.id, 'held'],
      ].sort(),
    );

    const dump = await dumpDatabase(t.database.db);
    for (const gone of ['Zwijsenbergh', 'Quirina', 'NQ7781234', 'Oostvlieger', 'Baptist', 'NB5529911']) {
      expect(findInDump(dump, gone), gone).toEqual([]);
    }
    expect(findInDump(dump, 'Hollewijn').length).toBeGreaterThan(0);
    // Files: the purged ones are gone from the store, the held contact's file is still there.
    const root = join(t.app.ctx.config.dataDir, 'documents');
    const remaining = new Set((await t.database.db.select().from(documents)).map((d) => d.storageKey));
    for (const key of filesBefore) expect(existsSync(join(root, key)), key).toBe(remaining.has(key));
    expect(remaining.has(`${agency.organisation.id}/${heldDoc.id}`)).toBe(true);
    expect(remaining.has(`${agency.organisation.id}/${buyerDoc.id}`)).toBe(false);
    expect(await t.database.db.select().from(transactions).where(eq(transactions.id, deal.id))).toEqual([]);
    // The reference stays only in the wallet ledger: the agency's own, immutable accounting record.
    expect(findInDump(dump, 'VK-PURGE-1').every((row) => row.startsWith('wallet_movements:'))).toBe(true);

    const residues = await t.database.db
      .select()
      .from(retentionResidues)
      .where(eq(retentionResidues.organisationId, agency.organisation.id));
    expect(residues.map((r) => r.kind).sort()).toEqual(['contact', 'contact', 'transaction']);
    expect(residues.find((r) => r.kind === 'transaction')).toMatchObject({
      transactionType: 'sale',
      status: 'accepted',
      priceBand: '250k-500k',
      countries: ['BE'],
    });
    expect(residues.find((r) => r.kind === 'contact')).toMatchObject({
      contactKind: 'person',
      countries: ['BE', 'NL'],
    });

    // The purged events keep their hashes; the chain verifies; each redaction is listed by a purge event.
    expect(await verifyAuditChains(t.database.db)).toMatchObject({ ok: true });
    const redacted = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        sql`${auditEvents.redactedAt} is not null and ${auditEvents.organisationId} = ${agency.organisation.id}`,
      );
    expect(redacted.length).toBeGreaterThan(10);
    expect(redacted.every((e) => e.payload === null)).toBe(true);

    const before = await fingerprint(t.database.db);
    const again = await runRetention(t.app.ctx, { today: tenYearsOn() });
    expect(again.purged).toBe(0);
    expect(await fingerprint(t.database.db)).toBe(before);
  });

  it('keeps a transaction for a party still retained, without the purged party; a linked owner waits for its company', async () => {
    const { agency, officer, collaborator } = await recordsAgency(t);
    const c = collaborator.client;
    const leaving = await acceptedContact(
      c,
      { lastName: 'Vertrekkers', firstNames: 'Anouk', idNumber: 'NA1100220' },
      'buyer',
    );
    const staying = await acceptedContact(
      c,
      { lastName: 'Blijvers', firstNames: 'Jozef', idNumber: 'NJ3300440' },
      'seller',
    );
    const deal = await completedTransaction(c, 'VK-KEEP-1', staying.id, leaving.id);
    const owner = await acceptedContact(
      c,
      { lastName: 'Eigenaars', firstNames: 'Rik', idNumber: 'NR5500660' },
      'buyer',
    );
    const company = (
      await c.post('/api/contacts', {
        kind: 'entity',
        name: 'Eigenaars Holding',
        entityType: 'company',
        legalForm: 'BV',
        enterpriseNumber: '0403.170.701',
        registeredOffice: { street: 'Meir 1', postalCode: '2000', city: 'Antwerpen', country: 'BE' },
        beneficialOwners: [{ contactId: owner.id, ownershipPct: 100 }],
      })
    ).body;
    expect(company.id, JSON.stringify(company)).toBeTruthy();
    for (const contact of [leaving, owner]) {
      await officer.client.post(`/api/records/contacts/${contact.id}/retention/end`, { endedOn: today() });
    }
    const report = await runRetention(t.app.ctx, { today: tenYearsOn() });
    const outcome = (id: string) => report.outcomes.find((o) => o.contactId === id)?.result;
    expect(outcome(leaving.id)).toBe('purged');
    expect(outcome(owner.id)).toBe('linked');
    const [kept] = await t.database.db.select().from(transactions).where(eq(transactions.id, deal.id));
    expect(kept?.searchText).toContain('blijvers');
    expect(kept?.searchText).not.toContain('vertrekkers');
    const parties = await t.database.db
      .select()
      .from(transactionParties)
      .where(eq(transactionParties.transactionId, deal.id));
    expect(parties.map((p) => p.contactId)).toEqual([staying.id]);
    expect(findInDump(await dumpDatabase(t.database.db), 'NA1100220')).toEqual([]);
    expect(agency.organisation.id).toBeTruthy();
    expect(await verifyAuditChains(t.database.db)).toMatchObject({ ok: true });
  });

  it('fails verification for a payload erased without a purge', async () => {
    const [victim] = await t.database.db
      .select()
      .from(auditEvents)
      .where(sql`${auditEvents.payload} is not null`)
      .orderBy(auditEvents.id)
      .limit(1);
    await t.database.db.update(auditEvents).set({ payload: null }).where(eq(auditEvents.id, victim!.id));
    const unmarked = await verifyAuditChains(t.database.db);
    expect(unmarked.ok).toBe(false);
    if (!unmarked.ok)
      expect(unmarked.brokenAt).toMatchObject({
        id: victim!.id,
        reason: expect.stringMatching(/redaction mark/),
      });
    // Marking it redacted is not enough: no purge event lists it.
    await t.database.db
      .update(auditEvents)
      .set({ redactedAt: new Date() })
      .where(eq(auditEvents.id, victim!.id));
    const forged = await verifyAuditChains(t.database.db);
    expect(forged.ok).toBe(false);
    if (!forged.ok)
      expect(forged.brokenAt).toMatchObject({ id: victim!.id, reason: expect.stringMatching(/purge event/) });
  });
});
