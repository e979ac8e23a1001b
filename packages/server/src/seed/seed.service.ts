import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';
import { hashPassword } from '../accounts/passwords.ts';
import { contacts, contactVersions } from '../contacts/contacts.schema.ts';
import type { TDb } from '../db/client.ts';
import { caseEvents } from '../declarations/declarations.schema.ts';
import { notifications } from '../notifications/notifications.schema.ts';
import {
  allowedEnterpriseNumbers,
  memberships,
  organisations,
  userRecognitions,
} from '../organisations/organisations.schema.ts';
import { riskProfiles } from '../risk/risk.schema.ts';
import { importListFile } from '../screening/importers/index.ts';
import { activeVersions, storeListVersion } from '../screening/list-versions.service.ts';
import { screenings } from '../screening/screening.schema.ts';
import { transactionParties, transactions } from '../transactions/transactions.schema.ts';
import { paymentIntents, walletMovements, wallets } from '../wallet/wallet.schema.ts';
import { benchAccounts, makeAgency, type TAgency, walletRow } from './seed-agency.ts';
import { appendAuditChain, type TAuditDraft } from './seed-audit.ts';
import { createRandom, deriveSeed } from './seed-random.ts';
import { agencySizes, type TSeedScale } from './seed-scale.ts';

export type TSeedOptions = TSeedScale & {
  seed: number;
  /** The day the seeded history ends (YYYY-MM-DD); with the seed, it fixes every row. */
  today: string;
  password: string;
  /** Sanctions / PEP list files imported first, so seeded screenings name real list versions. */
  lists: string[];
};

export type TSeedReport = { agencies: number; rows: Record<string, number>; seconds: number };

/** Inserts in statements of at most ~30,000 parameters (PostgreSQL allows 65,535). */
async function insertAll(db: TDb, table: PgTable, rows: Record<string, unknown>[]) {
  const columns = Object.keys(getTableColumns(table)).length;
  const size = Math.max(1, Math.floor(30_000 / columns));
  for (let i = 0; i < rows.length; i += size) await db.insert(table).values(rows.slice(i, i + size));
  return rows.length;
}

async function writeAgency(db: TDb, agency: TAgency, walletNumber: number, rows: Record<string, number>) {
  const count = (name: string, n: number) => {
    rows[name] = (rows[name] ?? 0) + n;
  };
  await db.insert(organisations).values(agency.organisation);
  await db.insert(allowedEnterpriseNumbers).values(agency.allowed);
  count('users', await insertAll(db, users, agency.users));
  await insertAll(db, memberships, agency.memberships);
  await insertAll(db, userRecognitions, agency.recognitions);
  await db
    .insert(wallets)
    .values(walletRow(agency.organisation.id!, walletNumber, agency.organisation.createdAt!));
  count(
    'contacts',
    await insertAll(
      db,
      contacts,
      agency.contacts.map((c) => c.row),
    ),
  );
  count(
    'contact_versions',
    await insertAll(
      db,
      contactVersions,
      agency.contacts.flatMap((c) => c.versions),
    ),
  );
  count('screenings', await insertAll(db, screenings, agency.screenings));
  count(
    'risk_profiles',
    await insertAll(
      db,
      riskProfiles,
      agency.profiles.map((p) => p.row),
    ),
  );
  count('case_events', await insertAll(db, caseEvents, agency.caseEvents));
  count('notifications', await insertAll(db, notifications, agency.notifications));
  count(
    'transactions',
    await insertAll(
      db,
      transactions,
      agency.deals.map((d) => d.row),
    ),
  );
  count(
    'transaction_parties',
    await insertAll(
      db,
      transactionParties,
      agency.deals.flatMap((d) => d.parties),
    ),
  );
  count('wallet_movements', await insertAll(db, walletMovements, agency.movements));
  await insertAll(db, paymentIntents, agency.intents);
  count('audit_events', await appendAuditChain(db, agency.organisation.id!, agency.audit));
}

/**
 * `vigilo seed`: realistic agencies, staff, contacts with ownership graphs, screenings, risk profiles and
 * their decisions, declarations, transactions with parties, wallet ledgers and hash-chained audit trails,
 * all derived from `options.seed` (the same seed and day give the same rows). Written through the real
 * schemas in large batches, agency by agency.
 */
// Long because it writes seed data in the order the records depend on each other, one block per kind.
export async function seedDatabase(
  db: TDb,
  options: TSeedOptions,
  log: (line: string) => void = () => {},
): Promise<TSeedReport> {
  const started = performance.now();
  const [already] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, benchAccounts.officer.username));
  if (already)
    throw new Error('this database is already seeded (bench.officer exists): seed an empty database');
  const passwordHash = await hashPassword(options.password);
  const today = new Date(`${options.today}T00:00:00Z`);
  const r = createRandom(deriveSeed(options.seed, 0x5eed), 'platform');
  const adminId = r.uuid();
  const adminCreated = new Date(today.getTime() - 4 * 365 * 86_400_000);
  await db.insert(users).values({
    id: adminId,
    ...benchAccounts.admin,
    firstName: 'Admin',
    lastName: 'Vigilo',
    passwordHash,
    status: 'active',
    isPlatformAdmin: true,
    createdAt: adminCreated,
    updatedAt: adminCreated,
  });
  for (const file of options.lists) {
    const { version, unchanged } = await storeListVersion(db, await importListFile(file), {
      organisationId: null,
      importedBy: adminId,
    });
    log(`  list ${version.source} ${version.listDate}${unchanged ? ' (already imported)' : ''}`);
  }
  const lists = (await activeVersions(db, null)).map((v) => ({
    id: v.id,
    source: v.source,
    date: v.listDate,
    checksum: v.checksum,
  }));
  const sizes = agencySizes(options, createRandom(deriveSeed(options.seed, 0x512e), 'sizes').next);
  const numbers = await db.execute(
    sql`select nextval(pg_get_serial_sequence('wallets', 'number'))::int as n from generate_series(1, ${sizes.length})`,
  );
  const walletNumbers = (numbers.rows as { n: number }[]).map((row) => Number(row.n));
  const rows: Record<string, number> = {};
  const platformAudit: TAuditDraft[] = [
    {
      organisationId: null,
      actorUserId: adminId,
      action: 'account.admin_created',
      subjectType: 'account',
      subjectId: adminId,
      payload: { username: benchAccounts.admin.username, promoted: false, via: 'seed' },
      ip: null,
      createdAt: adminCreated,
    },
  ];
  for (const [agencyNo, size] of sizes.entries()) {
    const agency = makeAgency(createRandom(deriveSeed(options.seed, agencyNo + 1), `agency-${agencyNo}`), {
      agencyNo,
      seed: options.seed,
      contacts: size.contacts,
      transactions: size.transactions,
      today,
      passwordHash,
      lists,
      adminId,
    });
    await writeAgency(db, agency, walletNumbers[agencyNo]!, rows);
    platformAudit.push(agency.platformAudit);
    if (agencyNo === 0 || (agencyNo + 1) % 100 === 0 || agencyNo === sizes.length - 1)
      log(
        `  ${agencyNo + 1}/${sizes.length} agencies, ${rows.contacts} contacts, ${rows.transactions ?? 0} transactions (${((performance.now() - started) / 1000).toFixed(0)} s)`,
      );
  }
  rows.audit_events = (rows.audit_events ?? 0) + (await appendAuditChain(db, null, platformAudit));
  // What autovacuum would do after a bulk load: planner statistics for the new rows.
  await db.execute(sql`analyze`);
  return { agencies: sizes.length, rows, seconds: (performance.now() - started) / 1000 };
}
