import { readFileSync } from 'node:fs';
import { and, eq, sql } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personInput } from '../../../test/contact-fixtures.ts';
import { createAgency, defaultPassword, insertActiveUser } from '../../../test/factories.ts';
import { createTestApp, TestClient, type TTestApp } from '../../../test/harness.ts';
import { ListPublisher } from '../../../test/list-publisher.ts';
import { buildApp } from '../../app.ts';
import { openDatabase } from '../../db/client.ts';
import { jobs } from '../../jobs/jobs.schema.ts';
import { mailOutbox } from '../../mail/mail.schema.ts';
import { notifications } from '../../notifications/notifications.schema.ts';
import { currentCountryRisk, publishCountryRisk } from '../country-risk.service.ts';
import { findActiveVersion } from '../list-versions.service.ts';
import { listSourceStates, listVersions, platformAlerts } from '../screening.schema.ts';
import { checkListSource } from './check-list-source.ts';
import { evaluateListAlerts } from './list-alerts.ts';
import { listCheckJob, scheduleListCheck } from './list-check-job.ts';

const fixtures = new URL('../../../test/fixtures/lists/', import.meta.url).pathname;
const beList = readFileSync(`${fixtures}be-national-list.csv`, 'utf8');
const beMalformed = readFileSync(`${fixtures}be-national-list-malformed.csv`, 'utf8');
/** A new designation, published on 28 November 2026, appended to the national list. */
const newListing =
  'P;Milan ZARKOVIC;ZARKOVIC;Milan;;M;Beograd;Serbia;"12-04-75";;BE-2026-031;Designated.;;28-11-2026;;AR 28/12/2006\n';
/** Another designation, published on 30 November 2026, for the publication-to-officer measurement. */
const laterListing =
  'P;Darko VUKSANOVIC;VUKSANOVIC;Darko;;M;Podgorica;Montenegro;"03-09-81";;BE-2026-032;Designated.;;30-11-2026;;AR 28/12/2006\n';
const onlyFirstEntry = beList.split('\nP;"Karim')[0]!.concat('\n');

let publisher: ListPublisher;
let t: TTestApp;
let sourceUrl: string;

beforeAll(async () => {
  publisher = new ListPublisher();
  const base = await publisher.start();
  sourceUrl = `${base}/national/be-list.csv`;
  t = await createTestApp({
    LIST_SOURCE_EU_ENABLED: 'false',
    LIST_SOURCE_UN_ENABLED: 'false',
    LIST_SOURCE_OFAC_ENABLED: 'false',
    LIST_SOURCE_BE_URL: sourceUrl,
    LIST_SOURCE_BE_ENABLED: 'true',
  });
});
afterAll(async () => {
  await t.close();
  await publisher.stop();
});

const config = () => t.app.ctx.config;
const beSource = () => config().lists.sources.find((s) => s.id === 'be')!;
const check = (now?: Date) => checkListSource(t.database.db, beSource(), config().lists, now);
const versionCount = async () =>
  (await t.database.db.select().from(listVersions).where(eq(listVersions.source, 'be'))).length;
const stateOf = async () =>
  (await t.database.db.select().from(listSourceStates).where(eq(listSourceStates.source, 'be')))[0]!;

describe('scheduled fetch of a list source', () => {
  it('imports the published file, dated by the publication date written in it', async () => {
    publisher.publish('/national/be-list.csv', beList, new Date('2026-11-30T08:00:00Z'));
    const now = new Date();
    const outcome = await check(now);
    expect(outcome).toMatchObject({ outcome: 'imported', listDate: '2023-09-20' });
    const state = await stateOf();
    expect(state.lastSuccessAt?.getTime()).toBe(now.getTime());
    expect(state.nextCheckAt!.getTime() - now.getTime()).toBe(15 * 60_000);
    expect(state.etag).toMatch(/^"/);
    expect(state.failingSince).toBeNull();
  });

  it('asks with a conditional GET and makes no version when the file has not changed', async () => {
    const before = await versionCount();
    expect(await check()).toEqual({ outcome: 'not_modified' });
    expect(publisher.requests.at(-1)).toEqual({ path: '/national/be-list.csv', status: 304 });
    // Same bytes under a new ETag (a mirror re-uploaded it): downloaded, same SHA-256, still no version.
    publisher.publish('/national/be-list.csv', beList, new Date('2026-11-30T09:00:00Z'), { etag: '"other"' });
    expect(await check()).toEqual({ outcome: 'unchanged' });
    expect(await versionCount()).toBe(before);
  });

  it('refuses a shrunken file, keeps the version in force and shows why', async () => {
    const inForce = await findActiveVersion(t.database.db, 'be', null);
    publisher.publish('/national/be-list.csv', onlyFirstEntry, new Date('2026-11-30T10:00:00Z'));
    const outcome = await check();
    expect(outcome).toMatchObject({ outcome: 'refused', refusal: { code: 'shrunk' } });
    expect((await findActiveVersion(t.database.db, 'be', null))!.id).toBe(inForce!.id);
    const state = await stateOf();
    expect(state.lastRefusal).toMatchObject({ code: 'shrunk' });
    expect(state.failingSince).not.toBeNull();
  });

  it('refuses a malformed file and a truncated download, importing nothing', async () => {
    const before = await versionCount();
    publisher.publish('/national/be-list.csv', beMalformed, new Date('2026-11-30T11:00:00Z'));
    expect(await check()).toMatchObject({ outcome: 'refused', refusal: { code: 'malformed' } });
    publisher.publish('/national/be-list.csv', `${beList}${newListing}`, new Date('2026-11-30T11:30:00Z'), {
      truncateAt: 200,
    });
    expect(await check()).toMatchObject({ outcome: 'failed' });
    expect(await versionCount()).toBe(before);
  });

  it('imports a new listing and notifies the officer of the agency whose client matches', async () => {
    const agency = await createAgency(t);
    const collaborator = await agency.addMember({ toolRole: 'collaborator' });
    const officer = await agency.addMember({ toolRole: 'officer' });
    const contact = (
      await collaborator.client.post(
        '/api/contacts',
        personInput({ lastName: 'Zarkovic', firstNames: 'Milan', birthDate: '1975-04-12' }),
      )
    ).body;
    expect(contact.vigilanceLevel).toBe('normal');

    const publishedAt = Date.now();
    publisher.publish('/national/be-list.csv', `${beList}${newListing}`, new Date('2026-11-30T12:00:00Z'));
    expect(await check()).toMatchObject({ outcome: 'imported', listDate: '2026-11-28' });
    await t.app.jobs.drain();
    const notices = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, officer.user.id), eq(notifications.kind, 'screening_new_hit')));
    expect(notices.map((n) => n.subjectId)).toEqual([contact.id]);
    const mails = await t.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, officer.user.email));
    expect(mails.some((m) => m.template === 'screeningNewHit')).toBe(true);
    // Publication → officer: at most one check period (15 min) plus this processing time.
    const processingMs = Date.now() - publishedAt;
    console.info(`new listing reached the officer ${processingMs} ms after the check (+ ≤ 15 min period)`);
    expect((await stateOf()).failingSince).toBeNull();
  });

  it('alerts every platform administrator once when a source has failed for over 6 hours', async () => {
    const admin = await insertActiveUser(t.database.db, { isPlatformAdmin: true });
    publisher.publish('/national/be-list.csv', '', new Date(), { status: 503 });
    expect(await check()).toMatchObject({ outcome: 'failed', error: expect.stringContaining('503') });
    await evaluateListAlerts(t.database.db, config());
    const openFailing = () =>
      t.database.db
        .select()
        .from(platformAlerts)
        .where(and(eq(platformAlerts.kind, 'list_source_failing'), sql`resolved_at is null`));
    expect(await openFailing()).toEqual([]);

    await t.database.db
      .update(listSourceStates)
      .set({ failingSince: new Date(Date.now() - 7 * 3_600_000) })
      .where(eq(listSourceStates.source, 'be'));
    await evaluateListAlerts(t.database.db, config());
    await evaluateListAlerts(t.database.db, config());
    expect(await openFailing()).toHaveLength(1);
    const mails = await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, admin.email));
    expect(mails.filter((m) => m.template === 'listSourceFailing')).toHaveLength(1);

    const adminClient = new TestClient(t.app);
    await adminClient.post('/api/auth/login', { login: admin.username, password: defaultPassword });
    const panel = (await adminClient.get('/api/admin/list-sources')).body;
    const be = panel.sources.find((s: { id: string }) => s.id === 'be');
    expect(be).toMatchObject({ enabled: true, url: sourceUrl, lastError: expect.stringContaining('503') });
    expect(be.lastRefusal).toMatchObject({ code: 'malformed' });
    expect(panel.alerts.map((a: { kind: string }) => a.kind)).toContain('list_source_failing');

    // The source recovers: the alert closes by itself.
    publisher.publish('/national/be-list.csv', `${beList}${newListing}`, new Date('2026-11-30T12:00:00Z'));
    expect(await check()).toMatchObject({ outcome: 'not_modified' });
    await evaluateListAlerts(t.database.db, config());
    expect(await openFailing()).toEqual([]);
  });

  it('reports the state of the lists on /api/health, for monitoring', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
    const { lists } = health.json();
    // The fixture's last publication (28 November 2026) is recent; its source works again.
    expect(lists.sources).toEqual([
      expect.objectContaining({ source: 'be', listDate: '2026-11-28', failing: false }),
    ]);
    expect(['ok', 'stale']).toContain(lists.state);
    expect(lists.countryRisk).toMatchObject({ publishedOn: '2026-06-19' });
  });

  it('fetches once per period across two instances on one database', async () => {
    // On PostgreSQL the second instance has its own connection pool, as a second process would.
    const url = (t.database as { url?: string }).url;
    const secondDatabase = url ? await openDatabase({ databaseUrl: url }) : null;
    const second = await buildApp({
      config: config(),
      db: secondDatabase?.db ?? t.database.db,
      logger: false,
    });
    await second.ready();
    try {
      const downloadsBefore = publisher.requests.filter((r) => r.path === '/national/be-list.csv').length;
      publisher.publish('/national/be-list.csv', `${beList}${newListing}`, new Date('2026-11-30T13:00:00Z'), {
        etag: '"period-test"',
      });
      const now = new Date();
      await Promise.all([
        scheduleListCheck(t.database.db, config(), now),
        scheduleListCheck(second.ctx.db, config(), now),
      ]);
      await Promise.all([t.app.jobs.drain(), second.jobs.drain()]);
      const requests = publisher.requests.filter((r) => r.path === '/national/be-list.csv').length;
      expect(requests - downloadsBefore).toBe(1);
      const queued = await t.database.db
        .select()
        .from(jobs)
        .where(and(eq(jobs.kind, listCheckJob), eq(jobs.status, 'pending')));
      // The next period is queued once, for 15 minutes later.
      expect(queued).toHaveLength(1);
    } finally {
      await second.close();
      await secondDatabase?.close();
    }
  });
  it('brings a listing published just after a check to the officer within 20 minutes through the job queue, dated by the file in PDFs and exports', async () => {
    // Worst case: the publisher uploads right after a check, so the listing waits a whole period for the
    // next one. The next check is the job the previous one queued (the two-instance test above ran it).
    const agency = await createAgency(t);
    const collaborator = await agency.addMember({ toolRole: 'collaborator' });
    const officer = await agency.addMember({ toolRole: 'officer' });
    const contact = (
      await collaborator.client.post(
        '/api/contacts',
        personInput({ lastName: 'Vuksanovic', firstNames: 'Darko', birthDate: '1981-09-03' }),
      )
    ).body;
    const pendingCheck = async () =>
      (
        await t.database.db
          .select()
          .from(jobs)
          .where(and(eq(jobs.kind, listCheckJob), eq(jobs.status, 'pending')))
      )[0];
    const next = await pendingCheck();
    expect(next).toBeDefined();

    const publishedAt = new Date();
    publisher.publish(
      '/national/be-list.csv',
      `${beList}${newListing}${laterListing}`,
      // Uploaded a day after the date written in the file, imported later still.
      new Date('2026-12-01T09:00:00Z'),
    );
    const waitMs = Math.max(0, next!.runAt.getTime() - publishedAt.getTime());
    expect(waitMs).toBeLessThanOrEqual(15 * 60_000);

    // The clock reaches the queued check: the queue runs it (download, import, re-screening, notices).
    await t.database.db.update(jobs).set({ runAt: new Date() }).where(eq(jobs.id, next!.id));
    const started = Date.now();
    await t.app.jobs.drain();
    const notices = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, officer.user.id), eq(notifications.kind, 'screening_new_hit')));
    const processingMs = Date.now() - started;
    expect(notices.map((n) => n.subjectId)).toEqual([contact.id]);
    expect((await findActiveVersion(t.database.db, 'be', null))!.listDate).toBe('2026-11-30');

    const totalMs = waitMs + processingMs;
    console.info(
      `publication → officer: ${(totalMs / 60_000).toFixed(2)} min (wait for the check ${(waitMs / 60_000).toFixed(2)} min + processing ${processingMs} ms)`,
    );
    // At most one period (15 min) of waiting, whatever the moment of publication, plus the processing.
    expect(totalMs).toBeLessThanOrEqual(20 * 60_000);

    // The acceptance document and the records export show the date written in the file, not the
    // upload (1 December) nor the import date.
    const download = (url: string) =>
      t.app.inject({
        method: 'GET',
        url,
        headers: { cookie: officer.client.cookieHeader() },
        remoteAddress: officer.client.ip,
      });
    const pdf = await download(`/api/contacts/${contact.id}/acceptance.pdf`);
    expect(pdf.statusCode).toBe(200);
    const text = (await new PDFParse({ data: new Uint8Array(pdf.rawPayload) }).getText()).text;
    expect(text).toContain('be 2026-11-30');
    const zip = await download(`/api/records/exports/contacts/${contact.id}`);
    expect(zip.statusCode).toBe(200);
    const records = JSON.parse(
      Buffer.from(unzipSync(new Uint8Array(zip.rawPayload))['records.json']!).toString('utf8'),
    );
    const listsUsed = records.contacts[0].screenings.at(-1).listVersions;
    expect(listsUsed).toEqual([expect.objectContaining({ source: 'be', date: '2026-11-30' })]);
  });

  it('ships the high-risk jurisdictions as verified, each list with its source and date', async () => {
    const countryRisk = await currentCountryRisk(t.database.db);
    expect(countryRisk).toMatchObject({ version: 3, publishedOn: '2026-06-19' });
    const { lists, provenance } = countryRisk!;
    // Left the FATF grey list in June 2025 (HR) and October 2025 (BF, MZ, NG, ZA); DZ and NA in June 2026.
    for (const gone of ['HR', 'BF', 'MZ', 'NG', 'ZA', 'DZ', 'NA'])
      expect(lists.fatfIncreasedMonitoring).not.toContain(gone);
    expect(lists.fatfIncreasedMonitoring).toEqual(expect.arrayContaining(['KW', 'PG', 'BA', 'IQ']));
    expect(lists.fatfIncreasedMonitoring).toHaveLength(22);
    expect(lists.fatfCallForAction).toEqual(['KP', 'IR', 'MM']);
    // Delegated Regulation (EU) 2026/46 added the Russian Federation to the EU list.
    expect(lists.euHighRiskThirdCountries).toContain('RU');
    expect(provenance.fatfIncreasedMonitoring).toMatchObject({ date: '2026-06-19' });
    expect(provenance.euHighRiskThirdCountries).toMatchObject({
      source: expect.stringContaining('2026/46'),
      date: '2025-12-03',
    });
  });
  it('fetches the optional PEP dataset the same way, and refuses one with nothing screenable, saying why', async () => {
    const url = sourceUrl.replace('/national/be-list.csv', '/peps/entities.ftm.json');
    const pep = { id: 'pep' as const, label: 'PEP dataset', url, enabled: true };
    const ftm = readFileSync(`${fixtures}opensanctions-ftm.jsonl`, 'utf8');
    publisher.publish('/peps/entities.ftm.json', ftm, new Date('2026-11-30T06:00:00Z'));
    expect(await checkListSource(t.database.db, pep, config().lists)).toMatchObject({ outcome: 'imported' });
    expect(await checkListSource(t.database.db, pep, config().lists)).toEqual({ outcome: 'not_modified' });

    const relativesOnly = ['a', 'b'].map((id) =>
      JSON.stringify({
        id,
        schema: 'Person',
        target: false,
        properties: { name: [`Relative ${id}`], topics: ['role.rca'] },
        datasets: ['peps'],
      }),
    );
    publisher.publish(
      '/peps/entities.ftm.json',
      `${relativesOnly.join('\n')}\n`,
      new Date('2026-12-01T06:00:00Z'),
    );
    const outcome = await checkListSource(t.database.db, pep, config().lists);
    expect(outcome).toMatchObject({
      outcome: 'refused',
      refusal: { code: 'empty', reason: expect.stringMatching(/no screenable entity.*target/) },
    });
    const [state] = await t.database.db
      .select()
      .from(listSourceStates)
      .where(eq(listSourceStates.source, 'pep'));
    expect(state!.lastRefusal).toMatchObject({ code: 'empty' });
    expect((await findActiveVersion(t.database.db, 'pep', null))!.listDate).toBeDefined();
  });
  it('retries a failed check through the job queue with back-off, and succeeds once the source is back', async () => {
    const good = `${beList}${newListing}${laterListing}`;
    publisher.publish('/national/be-list.csv', '', new Date(), { status: 503 });
    // A check of a period two days ahead, made due now.
    await scheduleListCheck(t.database.db, config(), new Date(Date.now() + 2 * 86_400_000));
    const [queued] = await t.database.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.kind, listCheckJob), eq(jobs.status, 'pending')))
      .orderBy(sql`run_at desc`)
      .limit(1);
    await t.database.db.update(jobs).set({ runAt: new Date() }).where(eq(jobs.id, queued!.id));
    const before = Date.now();
    await t.app.jobs.drain();
    const [failed] = await t.database.db.select().from(jobs).where(eq(jobs.id, queued!.id));
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, maxAttempts: 4 });
    expect(failed!.lastError).toMatch(/be: .*503/);
    expect(failed!.runAt.getTime()).toBeGreaterThan(before);

    publisher.publish('/national/be-list.csv', good, new Date('2026-12-01T09:00:00Z'));
    await t.database.db.update(jobs).set({ runAt: new Date() }).where(eq(jobs.id, queued!.id));
    await t.app.jobs.drain();
    const [done] = await t.database.db.select().from(jobs).where(eq(jobs.id, queued!.id));
    expect(done).toMatchObject({ status: 'done', attempts: 2 });
    expect((await stateOf()).failingSince).toBeNull();
  });
  it('reminds every platform administrator to review the high-risk jurisdictions after a FATF plenary', async () => {
    const admin = await insertActiveUser(t.database.db, { isPlatformAdmin: true });
    const openReview = () =>
      t.database.db
        .select()
        .from(platformAlerts)
        .where(and(eq(platformAlerts.kind, 'country_risk_review'), sql`resolved_at is null`));
    // Before the October plenary the June version is current; after it, a review is due.
    await evaluateListAlerts(t.database.db, config(), new Date('2026-09-15T08:00:00Z'));
    expect(await openReview()).toEqual([]);
    await evaluateListAlerts(t.database.db, config(), new Date('2026-11-02T08:00:00Z'));
    expect(await openReview()).toHaveLength(1);
    const mails = await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, admin.email));
    expect(mails.filter((m) => m.template === 'countryRiskReview')).toHaveLength(1);

    // The administrator publishes the lists of the October plenary: the reminder closes.
    const current = (await currentCountryRisk(t.database.db))!;
    await publishCountryRisk(
      t.database.db,
      admin.id,
      {
        publishedOn: '2026-10-24',
        fatfCallForAction: current.lists.fatfCallForAction,
        fatfIncreasedMonitoring: current.lists.fatfIncreasedMonitoring,
        euHighRiskThirdCountries: current.lists.euHighRiskThirdCountries,
      },
      null,
    );
    await evaluateListAlerts(t.database.db, config(), new Date('2026-11-02T09:00:00Z'));
    expect(await openReview()).toEqual([]);
  });
});
