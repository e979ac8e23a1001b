import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personInput } from '../../test/contact-fixtures.ts';
import { createAgency } from '../../test/factories.ts';
import { createTestApp, type TTestApp } from '../../test/harness.ts';
import { currentCountryRisk } from './country-risk.service.ts';
import { listVersions, screenings } from './screening.schema.ts';
import { screeningReferences } from './screening-references.ts';

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('what a screening reads in one statement', () => {
  it('gives the high-risk countries in force even before any list is imported', async () => {
    const agency = await createAgency(t);
    const references = await screeningReferences(t.database.db, agency.organisation.id);
    expect(references.versions).toEqual([]);
    expect(references.countryRisk).toEqual(await currentCountryRisk(t.database.db));
    expect(references.countryRisk?.lists.fatfCallForAction).toContain('IR');
  });

  it('weighs a saved contact against those countries and records the version it used', async () => {
    const agency = await createAgency(t);
    const collaborator = await agency.addMember({ toolRole: 'collaborator' });
    const saved = await collaborator.client.post(
      '/api/contacts',
      personInput({ lastName: 'Rahimi', firstNames: 'Dariush', nationalities: ['BE', 'IR'] }),
    );
    expect(saved.status).toBe(201);
    expect(saved.body.vigilanceLevel).toBe('heightened');
    const [screening] = await t.database.db
      .select()
      .from(screenings)
      .where(eq(screenings.contactId, saved.body.id));
    const inForce = await currentCountryRisk(t.database.db);
    expect(screening?.countryRiskVersion).toBe(inForce?.version);
    expect(screening?.factors).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'high_risk_country' })]),
    );
  });
  it("gives the newest version of each list: the platform's and the agency's own, never another agency's", async () => {
    const agency = await createAgency(t);
    const other = await createAgency(t);
    const version = (organisationId: string | null, source: string, listDate: string) => ({
      organisationId,
      source,
      format: 'csv',
      listDate,
      checksum: `${source}-${listDate}`,
      counts: {},
      diff: {},
      importedAt: new Date(`${listDate}T08:00:00Z`),
    });
    await t.database.db
      .insert(listVersions)
      .values([
        version(null, 'eu', '2026-11-01'),
        version(null, 'eu', '2026-12-01'),
        version(agency.organisation.id, 'watchlist', '2026-11-15'),
        version(other.organisation.id, 'watchlist', '2026-11-20'),
      ]);
    const { versions, countryRisk } = await screeningReferences(t.database.db, agency.organisation.id);
    expect(versions.map((v) => [v.organisationId, v.source, v.listDate])).toEqual([
      [null, 'eu', '2026-12-01'],
      [agency.organisation.id, 'watchlist', '2026-11-15'],
    ]);
    expect(countryRisk).not.toBeNull();
  });
});
