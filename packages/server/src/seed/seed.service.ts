import { sql } from 'drizzle-orm';
import { insertUsersInBulk, userIdByUsername } from '../accounts/accounts.bulk-load.ts';
import { hashPassword } from '../accounts/passwords.ts';
import { insertContactsInBulk, insertContactVersionsInBulk } from '../contacts/contacts.bulk-load.ts';
import type { TDb } from '../db/client.ts';
import { insertCaseEventsInBulk } from '../declarations/declarations.bulk-load.ts';
import { insertNotificationsInBulk } from '../notifications/notifications.bulk-load.ts';
import {
  insertAllowedEnterpriseNumbersInBulk,
  insertMembershipsInBulk,
  insertOrganisationsInBulk,
  insertUserRecognitionsInBulk,
} from '../organisations/organisations.bulk-load.ts';
import { insertRiskProfilesInBulk } from '../risk/risk.bulk-load.ts';
import { importListFile } from '../screening/importers/index.ts';
import { activeVersions, storeListVersion } from '../screening/list-versions.service.ts';
import { insertScreeningsInBulk } from '../screening/screening.bulk-load.ts';
import {
  insertTransactionPartiesInBulk,
  insertTransactionsInBulk,
} from '../transactions/transactions.bulk-load.ts';
import {
  drawWalletNumbers,
  insertPaymentIntentsInBulk,
  insertWalletMovementsInBulk,
  insertWalletsInBulk,
} from '../wallet/wallet.bulk-load.ts';
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

async function writeAgency(db: TDb, agency: TAgency, walletNumber: number, rows: Record<string, number>) {
  const count = (name: string, n: number) => {
    rows[name] = (rows[name] ?? 0) + n;
  };
  await insertOrganisationsInBulk(db, [agency.organisation]);
  await insertAllowedEnterpriseNumbersInBulk(db, [agency.allowed]);
  count('users', await insertUsersInBulk(db, agency.users));
  await insertMembershipsInBulk(db, agency.memberships);
  await insertUserRecognitionsInBulk(db, agency.recognitions);
  await insertWalletsInBulk(db, [
    walletRow(agency.organisation.id!, walletNumber, agency.organisation.createdAt!),
  ]);
  count(
    'contacts',
    await insertContactsInBulk(
      db,
      agency.contacts.map((c) => c.row),
    ),
  );
  count(
    'contact_versions',
    await insertContactVersionsInBulk(
      db,
      agency.contacts.flatMap((c) => c.versions),
    ),
  );
  count('screenings', await insertScreeningsInBulk(db, agency.screenings));
  count(
    'risk_profiles',
    await insertRiskProfilesInBulk(
      db,
      agency.profiles.map((p) => p.row),
    ),
  );
  count('case_events', await insertCaseEventsInBulk(db, agency.caseEvents));
  count('notifications', await insertNotificationsInBulk(db, agency.notifications));
  count(
    'transactions',
    await insertTransactionsInBulk(
      db,
      agency.deals.map((d) => d.row),
    ),
  );
  count(
    'transaction_parties',
    await insertTransactionPartiesInBulk(
      db,
      agency.deals.flatMap((d) => d.parties),
    ),
  );
  count('wallet_movements', await insertWalletMovementsInBulk(db, agency.movements));
  await insertPaymentIntentsInBulk(db, agency.intents);
  count('audit_events', await appendAuditChain(db, agency.organisation.id!, agency.audit));
}

/**
 * `vigilo seed`: realistic agencies, staff, contacts with ownership graphs, screenings, risk profiles and
 * their decisions, declarations, transactions with parties, wallet ledgers and hash-chained audit trails,
 * all derived from `options.seed` (the same seed and day give the same rows). Written in large batches,
 * agency by agency, through each owning module's bulk load (`<module>.bulk-load.ts`).
 */
// Long because it writes seed data in the order the records depend on each other, one block per kind.
export async function seedDatabase(
  db: TDb,
  options: TSeedOptions,
  log: (line: string) => void = () => {},
): Promise<TSeedReport> {
  const started = performance.now();
  if (await userIdByUsername(db, benchAccounts.officer.username))
    throw new Error('this database is already seeded (bench.officer exists): seed an empty database');
  const passwordHash = await hashPassword(options.password);
  const today = new Date(`${options.today}T00:00:00Z`);
  const r = createRandom(deriveSeed(options.seed, 0x5eed), 'platform');
  const adminId = r.uuid();
  const adminCreated = new Date(today.getTime() - 4 * 365 * 86_400_000);
  await insertUsersInBulk(db, [
    {
      id: adminId,
      ...benchAccounts.admin,
      firstName: 'Admin',
      lastName: 'Vigilo',
      passwordHash,
      status: 'active',
      isPlatformAdmin: true,
      createdAt: adminCreated,
      updatedAt: adminCreated,
    },
  ]);
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
  const walletNumbers = await drawWalletNumbers(db, sizes.length);
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
  // What autovacuum does after a bulk load (PostgreSQL 13+ vacuums after inserts too): planner statistics,
  // and the visibility map that lets a count read an index alone instead of every row (issue 21).
  await db.execute(sql`vacuum analyze`);
  return { agencies: sizes.length, rows, seconds: (performance.now() - started) / 1000 };
}
