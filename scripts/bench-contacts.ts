/**
 * `npm run bench:contacts`: seeds 100,000 contacts in one organisation (plus 1,000 other organisations
 * with 100 contacts each) and prints p50/p95 latency of the Contacts page queries — search and filtered
 * lists with their count — on embedded PGlite (in memory) and on PostgreSQL (DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/postgres; a temporary database is created and dropped).
 *
 * Options (environment): BENCH_CONTACTS (100000), BENCH_OTHER_ORGS (1000), BENCH_OTHER_CONTACTS (100),
 * BENCH_RUNS (40 per query), BENCH_DRIVERS (`pglite,postgres`).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { summarise } from '@vigilo/domain/contacts/contact-summary.ts';
import {
  type TContactData,
  type TContactListQuery,
  ZContactListQuery,
} from '@vigilo/domain/contracts/contacts.ts';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { users } from '../packages/server/src/accounts/accounts.schema.ts';
import { searchContacts } from '../packages/server/src/contacts/contacts.repository.ts';
import { contacts, contactVersions } from '../packages/server/src/contacts/contacts.schema.ts';
import { openDatabase, type TDatabase, type TDb } from '../packages/server/src/db/client.ts';
import { organisations } from '../packages/server/src/organisations/organisations.schema.ts';

const env = process.env;
const mainContacts = Number(env.BENCH_CONTACTS ?? 100_000);
const otherOrgs = Number(env.BENCH_OTHER_ORGS ?? 1_000);
const otherContacts = Number(env.BENCH_OTHER_CONTACTS ?? 100);
const runs = Number(env.BENCH_RUNS ?? 40);
const drivers = (env.BENCH_DRIVERS ?? 'pglite,postgres').split(',');
const batchSize = 1_000;

const namesDir = new URL('../packages/server/test/fixtures/names/', import.meta.url);
const readNames = (file: string) =>
  readFileSync(new URL(file, namesDir), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
const givenNames = readNames('given-names-be.txt');
const surnames = readNames('surnames-be.txt');
const cities: [string, string][] = [
  ['1000', 'Bruxelles'],
  ['1050', 'Ixelles'],
  ['1180', 'Uccle'],
  ['2000', 'Antwerpen'],
  ['2800', 'Mechelen'],
  ['3000', 'Leuven'],
  ['3500', 'Hasselt'],
  ['4000', 'Liège'],
  ['5000', 'Namur'],
  ['6000', 'Charleroi'],
  ['7000', 'Mons'],
  ['8000', 'Brugge'],
  ['8400', 'Oostende'],
  ['9000', 'Gent'],
  ['9300', 'Aalst'],
  ['1300', 'Wavre'],
  ['6700', 'Arlon'],
  ['4800', 'Verviers'],
  ['8500', 'Kortrijk'],
  ['1400', 'Nivelles'],
];
const legalForms = ['SRL', 'BV', 'SA', 'NV', 'ASBL', 'VZW', 'SC', 'CV'];
const entityWords = ['Immo', 'Invest', 'Patrimoine', 'Vastgoed', 'Construct', 'Holding', 'Group', 'Services'];

/** Deterministic pseudo-random numbers, so PGlite and PostgreSQL get the same data. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}
const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
/** Names are not uniform: the lists are ordered by frequency, so the first ones come up far more often. */
const pickFrequent = <T>(r: () => number, list: readonly T[]): T =>
  list[Math.floor(r() ** 2.5 * list.length)]!;

function enterpriseNumber(n: number): string {
  const eight = `0${String(n % 10_000_000).padStart(7, '0')}`;
  return `${eight}${String(97 - (Number(eight) % 97)).padStart(2, '0')}`;
}

type TRow = { contact: typeof contacts.$inferInsert; data: Record<string, unknown> };

/** One realistic contact: 85% persons, 15% legal entities, created over the last three years. */
function makeContact(r: () => number, organisationId: string, createdBy: string | null, n: number): TRow {
  const [postalCode, city] = pick(r, cities);
  const address = {
    street: `${pick(r, surnames)}straat ${1 + Math.floor(r() * 200)}`,
    postalCode,
    city,
    country: 'BE',
  };
  const createdAt = new Date(Date.now() - Math.floor(r() * 3 * 365 * 86_400_000));
  const status = pick(r, [
    'draft',
    'screened',
    'accepted',
    'accepted',
    'accepted',
    'refused',
    'blocked',
  ] as const);
  const vigilanceLevel = status === 'draft' ? null : r() < 0.12 ? 'heightened' : 'normal';
  const reviewDueAt = new Date(createdAt.getTime() + 2 * 365 * 86_400_000).toISOString().slice(0, 10);
  const common = {
    organisationId,
    status,
    vigilanceLevel,
    reviewDueAt,
    createdBy,
    createdAt,
    updatedAt: createdAt,
    city,
  };
  if (r() < 0.85) {
    const lastName = pickFrequent(r, surnames);
    const firstNames =
      r() < 0.3
        ? `${pickFrequent(r, givenNames)} ${pickFrequent(r, givenNames)}`
        : pickFrequent(r, givenNames);
    const data = {
      kind: 'person',
      lastName,
      firstNames,
      birthDate: `19${50 + Math.floor(r() * 50)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`,
      birthPlace: pick(r, cities)[1],
      nationalities: [r() < 0.9 ? 'BE' : pick(r, ['FR', 'NL', 'DE', 'IT', 'MA', 'PL'])],
      address,
      needsProofOfAddress: false,
      idDocument: {
        type: 'belgian_eid',
        number: `59${String(n).padStart(10, '0')}`,
        expiryDate: '2030-01-01',
        issuingCountry: 'BE',
      },
      identificationMode: 'face_to_face',
      profession: 'Employé',
      actsForOwnAccount: true,
      beneficialOwners: [],
      notes: '',
    };
    return { contact: { ...common, kind: 'person', ...summarise(data as TContactData) }, data };
  }
  const number = enterpriseNumber(n * 7 + 1_234_567);
  const name = `${pick(r, entityWords)} ${pick(r, surnames)} ${pick(r, legalForms)}`;
  const data = {
    kind: 'entity',
    name,
    entityType: 'company',
    legalForm: name.split(' ').at(-1),
    enterpriseNumber: number,
    registeredOffice: address,
    administrators: [`${pick(r, givenNames)} ${pick(r, surnames)}`],
    representationPowers: '',
    publicationReferences: '',
    mandataries: [],
    beneficialOwners: [],
    seniorManagingOfficials: [],
    notes: '',
  };
  return { contact: { ...common, kind: 'entity', ...summarise(data as TContactData) }, data };
}

async function insertContacts(db: TDb, rows: TRow[]) {
  for (let i = 0; i < rows.length; i += batchSize) {
    const batch = rows.slice(i, i + batchSize).map((row) => ({ ...row, id: randomUUID() }));
    await db.insert(contacts).values(batch.map((b) => ({ ...b.contact, id: b.id })));
    await db.insert(contactVersions).values(
      batch.map((b) => ({
        contactId: b.id,
        organisationId: b.contact.organisationId,
        versionNo: 1,
        data: b.data,
        createdBy: b.contact.createdBy,
        createdAt: b.contact.createdAt,
      })),
    );
  }
}

async function seed(db: TDb): Promise<{ organisationId: string } & TSamples> {
  const started = performance.now();
  const r = rng(42);
  const [main] = await db
    .insert(organisations)
    .values({ enterpriseNumber: enterpriseNumber(1), name: 'Agence Bench' })
    .returning();
  const creators = await db
    .insert(users)
    .values(
      Array.from({ length: 8 }, (_, i) => ({
        username: `bench.${i}`,
        email: `bench.${i}@example.be`,
        firstName: pick(r, givenNames),
        lastName: pick(r, surnames),
        passwordHash: 'x',
        status: 'active' as const,
      })),
    )
    .returning({ id: users.id });
  const userIds = creators.map((c) => c.id);
  const mainRows = Array.from({ length: mainContacts }, (_, n) =>
    makeContact(r, main!.id, pick(r, userIds), n),
  );
  await insertContacts(db, mainRows);
  for (let o = 0; o < otherOrgs; o += 100) {
    const orgs = await db
      .insert(organisations)
      .values(
        Array.from({ length: Math.min(100, otherOrgs - o) }, (_, i) => ({
          enterpriseNumber: enterpriseNumber(10 + o + i),
          name: `Agence ${o + i}`,
        })),
      )
      .returning({ id: organisations.id });
    const rows = orgs.flatMap((org, i) =>
      Array.from({ length: otherContacts }, (_, n) =>
        makeContact(r, org.id, null, 1_000_000 + (o + i) * otherContacts + n),
      ),
    );
    await insertContacts(db, rows);
  }
  // What autovacuum does after a bulk load: statistics and the visibility map (index-only counts).
  await db.execute(sql`vacuum analyze`);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`  seeded ${mainContacts + otherOrgs * otherContacts} contacts (+ versions) in ${seconds} s`);
  const numbers = await db.execute(
    sql`select enterprise_number from contacts where organisation_id = ${main!.id} and kind = 'entity' limit 50`,
  );
  const enterpriseNumbers = (numbers.rows as { enterprise_number: string }[]).map((n) => n.enterprise_number);
  return { organisationId: main!.id, userIds, enterpriseNumbers };
}

type TSamples = { userIds: string[]; enterpriseNumbers: string[] };
type TCase = { name: string; query: (i: number) => Partial<Record<keyof TContactListQuery, string>> };

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** What users type and tick on the Contacts page, as query strings of GET /api/contacts. */
function cases({ userIds, enterpriseNumbers }: TSamples): TCase[] {
  const common = surnames.slice(0, 10);
  const rare = surnames.slice(-20).map((s) => s.slice(0, 5));
  const firsts = givenNames.slice(0, 30);
  const byName = { sort: 'name' } as const;
  return [
    { name: 'list, no filter (by name)', query: () => byName },
    { name: 'list, no filter (newest first)', query: () => ({}) },
    { name: 'search common surname', query: (i) => ({ ...byName, q: common[i % common.length] }) },
    { name: 'search rare 5-letter prefix', query: (i) => ({ ...byName, q: rare[i % rare.length] }) },
    {
      name: 'search surname + first name',
      query: (i) => ({ ...byName, q: `${common[i % common.length]} ${firsts[i % firsts.length]}` }),
    },
    { name: 'search 2 letters', query: (i) => ({ ...byName, q: ['ma', 'de', 'va', 'le'][i % 4] }) },
    {
      name: 'search enterprise number',
      query: (i) => ({ ...byName, q: enterpriseNumbers[i % enterpriseNumbers.length] }),
    },
    { name: 'filter kind = entity', query: () => ({ ...byName, kind: 'entity' }) },
    {
      name: 'filter status + vigilance',
      query: () => ({ ...byName, status: 'accepted', vigilance: 'heightened' }),
    },
    { name: 'filter created last 30 days', query: () => ({ ...byName, createdFrom: daysAgo(30) }) },
    {
      name: 'filter created by + date range',
      query: (i) => ({
        ...byName,
        createdBy: userIds[i % userIds.length],
        createdFrom: daysAgo(120),
        createdTo: daysAgo(30),
      }),
    },
    {
      name: 'search + kind + status',
      query: (i) => ({ ...byName, q: common[i % common.length], kind: 'person', status: 'accepted' }),
    },
    { name: 'filter review due', query: () => ({ ...byName, reviewDue: 'true' }) },
  ];
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

type TResult = { name: string; p50: number; p95: number; total: number };

/**
 * Times the product's own Contacts query (contacts.repository `searchContacts`: a page of 25 rows and the
 * count of all matches), so the figures follow the product when its SQL changes.
 */
async function measure(db: TDb, organisationId: string, samples: TSamples): Promise<TResult[]> {
  const today = new Date().toISOString().slice(0, 10);
  const results: TResult[] = [];
  for (const c of cases(samples)) {
    const times: number[] = [];
    let total = 0;
    for (let i = -3; i < runs; i++) {
      const query = ZContactListQuery.parse(c.query(Math.abs(i)));
      const started = performance.now();
      const found = await searchContacts(db, organisationId, query, today);
      if (i < 0) continue; // warm-up
      times.push(performance.now() - started);
      total += found.total;
    }
    times.sort((a, b) => a - b);
    results.push({
      name: c.name,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      total: Math.round(total / runs),
    });
  }
  return results;
}

function print(results: Record<string, TResult[]>) {
  const drivers = Object.keys(results);
  const ms = (n: number) => n.toFixed(1);
  console.log(`\np50 / p95 in ms over ${runs} runs (a page of 25 rows + the count of all matches)`);
  console.log(`| query | matches | ${drivers.map((d) => `${d} p50 | ${d} p95`).join(' | ')} |`);
  console.log(`|---|---:|${drivers.map(() => '---:|---:').join('|')}|`);
  const first = results[drivers[0]!]!;
  first.forEach((row, i) => {
    const cells = drivers.map((d) => `${ms(results[d]![i]!.p50)} | ${ms(results[d]![i]!.p95)}`);
    console.log(`| ${row.name} | ${row.total} | ${cells.join(' | ')} |`);
  });
}

async function openPostgres(): Promise<TDatabase> {
  const adminUrl = env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `vigilo_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const drop = async () => {
    const dropper = new pg.Client({ connectionString: adminUrl });
    await dropper.connect();
    await dropper.query(`drop database if exists ${name} with (force)`);
    await dropper.end();
  };
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    const database = await openDatabase({ databaseUrl: url.toString() });
    return {
      ...database,
      close: async () => {
        await database.close();
        await drop();
      },
    };
  } catch (error) {
    await drop();
    throw error;
  }
}

async function main() {
  console.log(
    `Contacts benchmark: ${mainContacts} contacts in the measured organisation, ${otherOrgs} other organisations × ${otherContacts}`,
  );
  const results: Record<string, TResult[]> = {};
  for (const driver of drivers) {
    console.log(`\n[${driver}]`);
    const database = driver === 'postgres' ? await openPostgres() : await openDatabase({});
    try {
      const { organisationId, ...samples } = await seed(database.db);
      results[driver] = await measure(database.db, organisationId, samples);
      print({ [driver]: results[driver]! });
    } finally {
      await database.close();
    }
  }
  if (Object.keys(results).length > 1) print(results);
}

await main();
