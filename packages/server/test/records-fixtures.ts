import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { TDb } from '../src/db/client.ts';
import { storeDocument } from '../src/documents/documents.service.ts';
import { samplePdf } from '../src/documents/sample-documents.fixture.ts';
import { personInput } from './contact-fixtures.ts';
import { createAgency, creditWallet } from './factories.ts';
import type { TestClient, TTestApp } from './harness.ts';
import { answerAll } from './risk-helpers.ts';

/** A contact with an accepted risk profile in the given role (ready to be a transaction party). */
export async function acceptedContact(
  client: TestClient,
  names: { lastName: string; firstNames: string; idNumber: string },
  role: 'buyer' | 'seller',
) {
  const contact = (
    await client.post(
      '/api/contacts',
      personInput({
        lastName: names.lastName,
        firstNames: names.firstNames,
        idDocument: {
          type: 'passport',
          number: names.idNumber,
          expiryDate: '2033-01-01',
          issuingCountry: 'NL',
        },
        nationalities: ['NL'],
      }),
    )
  ).body;
  if (!contact.id) throw new Error(`contact not created: ${JSON.stringify(contact)}`);
  const profile = (await client.post(`/api/contacts/${contact.id}/risk-profiles`, { role })).body;
  const url = `/api/risk-profiles/${profile.id}`;
  await answerAll(client, url);
  await client.post(`${url}/compute`);
  const accepted = await client.post(`${url}/decision`, { action: 'accept' });
  if (accepted.body.status !== 'accepted') throw new Error(`not accepted: ${JSON.stringify(accepted.body)}`);
  return contact as { id: string; displayName: string };
}

/** An agency with an officer and a collaborator, its wallet credited for a few calculations. */
export async function recordsAgency(t: TTestApp) {
  const agency = await createAgency(t);
  const officer = await agency.addMember({ toolRole: 'officer' });
  const collaborator = await agency.addMember({ toolRole: 'collaborator' });
  const manager = await agency.addMember({ isManager: true });
  await creditWallet(t, agency.organisation.id, 50_000);
  return { agency, officer, collaborator, manager };
}

/** A transaction between two accepted contacts, answered, paid, computed and accepted (report PDF stored). */
export async function completedTransaction(
  client: TestClient,
  reference: string,
  clientId: string,
  counterpartyId: string,
) {
  const deal = (
    await client.post('/api/transactions', {
      reference,
      type: 'sale',
      propertyAddress: {
        street: 'Lange Lozanastraat 7',
        postalCode: '2018',
        city: 'Antwerpen',
        country: 'BE',
      },
      priceCents: 42_000_000,
      parties: [
        { contactId: clientId, role: 'client' },
        { contactId: counterpartyId, role: 'counterparty' },
      ],
    })
  ).body;
  if (!deal.id) throw new Error(`transaction not created: ${JSON.stringify(deal)}`);
  await answerAll(client, `/api/transactions/${deal.id}`, { priceCents: 42_000_000, cashPayment: false });
  const paid = await client.post(`/api/transactions/${deal.id}/pay-and-compute`, {
    idempotencyKey: randomUUID(),
  });
  if (paid.status !== 200) throw new Error(`not paid: ${JSON.stringify(paid.body)}`);
  await client.post(`/api/transactions/${deal.id}/decision`, { action: 'accept' });
  return deal as { id: string };
}

/** Attaches a PDF naming the person to a contact, through the documents service. */
export async function attachPdf(
  t: TTestApp,
  actor: { userId: string; organisationId: string },
  contactId: string,
  text: string,
) {
  return t.app.ctx.db.transaction((tx) =>
    storeDocument(
      tx,
      t.app.ctx,
      { ...actor, ip: null },
      {
        subjectType: 'contact',
        subjectId: contactId,
        purpose: 'identity',
        filename: `id-${text.replace(/\W+/g, '-')}.pdf`,
        bytes: samplePdf(text),
      },
    ),
  );
}

/** Every row of every table as text (the "whole database dump" a purge is checked against). */
export async function dumpDatabase(db: TDb): Promise<Record<string, string[]>> {
  const tables = await db.execute(
    sql`select tablename from pg_tables where schemaname = 'public' order by tablename`,
  );
  const dump: Record<string, string[]> = {};
  for (const { tablename } of tables.rows as { tablename: string }[]) {
    // bytea as text too: document bytes stored in the database are searched like the rest.
    const rows = await db.execute(sql.raw(`select t::text as row from "${tablename}" t`));
    dump[tablename] = (rows.rows as { row: string }[]).map((r) => r.row);
    if (tablename === 'document_blobs') {
      const blobs = await db.execute(
        sql.raw(`select convert_from(content, 'LATIN1') as row from document_blobs`),
      );
      dump[tablename].push(...(blobs.rows as { row: string }[]).map((r) => r.row));
    }
  }
  return dump;
}

/** Where a text occurs in a dump (case-insensitive), as `table: row excerpt`. */
export function findInDump(dump: Record<string, string[]>, needle: string): string[] {
  const lower = needle.toLowerCase();
  return Object.entries(dump).flatMap(([table, rows]) =>
    rows.filter((r) => r.toLowerCase().includes(lower)).map((r) => `${table}: ${r.slice(0, 160)}`),
  );
}
