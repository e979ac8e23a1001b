import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/harness.ts';
import type { TDatabase } from '../db/client.ts';

/**
 * Every table must be classified for the retention purge (M10): either the purge reaches the rows that
 * name a contact (`records/purge-contact.ts`), or the table holds nothing about the agency's clients.
 * A new table fails this test until it is put in one list — and, if it names contacts, in the purge.
 */
const reachedByThePurge = [
  'audit_events', // payloads redacted, hashes kept
  'beneficial_owner_verifications', // issue 14, item 4: with the client, the owner or the document
  'case_answer_versions', // the former answers of a corrected case
  'case_events',
  'client_links', // the client's submissions
  'contact_retention',
  'contact_versions',
  'contacts',
  'document_blobs',
  'documents',
  'freeze_duty_records', // the report and Treasury notification after an asset-freeze match
  'goaml_report_files',
  'goaml_reports',
  'legal_holds',
  'mail_outbox', // bodies naming the contact blanked
  'notifications',
  'pending_storage_deletions',
  'pep_assessments', // the officer's PEP assessment of a contact
  'risk_profiles',
  'screening_hits',
  'screenings',
  'transaction_parties',
  'transactions',
  'ubo_discrepancy_reports', // issue 14, item 8
  'ubo_register_extracts', // the listed owners' names
];
const notAboutClients = [
  'acceptance_policies',
  'allowed_enterprise_numbers',
  'aml_trainings',
  'annual_reports',
  'api_keys', // the organisation's keys: name, scopes, hash, last use
  'bank_statement_imports',
  'bank_statement_lines',
  'country_risk_versions',
  'eid_identities',
  'eid_login_states',
  'goaml_profiles',
  'goaml_settings',
  // Invoices (issue 24): the agency as customer, products and amounts; no client of the agency.
  'invoice_counters',
  'invoice_deliveries',
  'invoice_lines',
  'invoiced_movements',
  // Contact imports (B10): the file's cells are erased when the import ends or is cancelled; what stays
  // is each row's outcome, error codes and a plain contact id that a purge leaves pointing at nothing.
  'contact_import_rows',
  'contact_imports',
  'invoices',
  'jobs',
  // KBO/BCE open data (issue 22): platform reference data on enterprises, not the agency's clients.
  'kbo_activities',
  'kbo_addresses',
  'kbo_codes',
  'kbo_denominations',
  'kbo_enterprises',
  'kbo_import_runs',
  'list_entries',
  'list_source_states', // a list source's fetch state (ETag, last check, failure)
  'list_versions',
  'memberships',
  'organisations',
  'payment_intents',
  'platform_alerts', // operator alerts about list sources
  'price_lists',
  'recognition_types',
  'rescreen_runs',
  'retention_residues', // the anonymous residue itself
  'risk_assessments',
  'sessions',
  'test_provider_payments',
  'user_recognitions',
  'users',
  'verification_codes',
  'wallet_movements', // the agency's immutable ledger: amounts and its own transaction reference
  'wallet_subscription_uses',
  'wallet_subscriptions',
  'wallets',
  // Webhooks: endpoints and delivery log. Payloads carry ids and vigilance levels only, never names or
  // identification data, so a purged contact leaves only an id that points at nothing.
  'webhook_deliveries',
  'webhook_endpoints',
];

let database: TDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('retention purge coverage', () => {
  it('classifies every table', async () => {
    const result = await database.db.execute(
      sql`select tablename from pg_tables where schemaname = 'public' order by tablename`,
    );
    const tables = (result.rows as { tablename: string }[]).map((r) => r.tablename);
    const known = new Set([...reachedByThePurge, ...notAboutClients]);
    expect(
      tables.filter((table) => !known.has(table)),
      'classify these tables in records/purge-coverage.test.ts (and purge them if they name contacts)',
    ).toEqual([]);
  });
});
