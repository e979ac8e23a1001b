import { linkedContactIds } from '@vigilo/domain/contacts/index.ts';
import type { TContactData } from '@vigilo/domain/contracts/contacts.ts';
import {
  firstVigilanceLevel,
  keepHits,
  listCategory,
  type ScreeningHit,
  type ScreeningQuery,
  screeningFactors,
  type TListCategory,
} from '@vigilo/domain/screening/index.ts';
import { and, desc, eq } from 'drizzle-orm';
import { canonicalJson, sha256 } from '../audit/audit-hash.ts';
import type { TCreatedContact } from '../contacts/contact-screening-port.ts';
import { setScreeningOutcome } from '../contacts/contact-screening-status.ts';
import { contactWithCurrentData, currentContactData } from '../contacts/contacts.reads.ts';
import type { TTx } from '../db/client.ts';
import { emitWebhookEvent } from '../webhooks/webhook-events.ts';
import type { TActiveListVersion } from './list-versions.service.ts';
import { screeningHits, screenings } from './screening.schema.ts';
import { screenQueries, type TScreenedQueries } from './screening-index-cache.ts';
import { screeningReferences } from './screening-references.ts';

export type { TListCategory, TScreeningFactor } from '@vigilo/domain/screening/index.ts';
/** The operating point: see docs/SCREENING.md for the recall / false-alert figures behind it. */
export { DEFAULT_SCREENING_THRESHOLD as screeningThreshold } from '@vigilo/domain/screening/index.ts';

type TParty = { contactId: string; name: string; query: ScreeningQuery; countries: string[] };

function partyOf(contactId: string, data: TContactData): TParty {
  if (data.kind === 'person') {
    const countries = [...new Set([...data.nationalities, data.address.country])];
    return {
      contactId,
      name: `${data.firstNames} ${data.lastName}`,
      countries,
      query: {
        name: `${data.firstNames} ${data.lastName}`,
        kind: 'person',
        birthDate: data.birthDate,
        countries,
      },
    };
  }
  const countries = [
    data.registeredOffice.country,
    ...(data.mainPlaceOfBusiness ? [data.mainPlaceOfBusiness.country] : []),
  ];
  return {
    contactId,
    name: data.name,
    countries: [...new Set(countries)],
    query: { name: data.name, kind: 'entity', countries },
  };
}

type TFound = {
  party: TParty;
  hit: ScreeningHit;
  hash: string;
  fingerprint: string;
  category: TListCategory | undefined;
};

/** Every list entry matching each party, with the entry's hash and the party's fingerprint (M4). */
function matchParties(parties: TParty[], hits: TScreenedQueries['hits']): TFound[] {
  return parties.flatMap((party, i) => {
    const fingerprint = sha256(canonicalJson(party.query));
    return (hits[i] ?? []).map(({ hit, hash, category }) => ({
      party,
      hit,
      hash,
      fingerprint,
      category: category === 'other' ? ('watchlist' as const) : category,
    }));
  });
}

type TEarlierHit = typeof screeningHits.$inferSelect;

/** The hits kept by a screening; a true match confirmed earlier keeps its disposition. */
async function storeHits(
  tx: TTx,
  organisationId: string,
  contactId: string,
  screeningId: string,
  kept: ReturnType<typeof keepHits<TParty, TFound, TEarlierHit>>,
) {
  for (const k of kept) {
    await tx.insert(screeningHits).values({
      organisationId,
      screeningId: screeningId,
      contactId,
      partyContactId: k.party.contactId,
      partyName: k.party.name,
      partyFingerprint: k.fingerprint,
      list: k.hit.list,
      entryId: k.hit.entryId,
      entryHash: k.hash,
      matchedName: k.hit.matchedName,
      score: k.hit.score,
      explanation: k.hit.explanation,
      isNew: k.isNew,
      ...(k.carried
        ? {
            disposition: 'true_match' as const,
            dispositionReason: k.carried.dispositionReason,
            dispositionedBy: k.carried.dispositionedBy,
            dispositionedAt: k.carried.dispositionedAt,
          }
        : {}),
    });
  }
}

/**
 * Screens a contact's current version and each of its beneficial owners and mandataries against every
 * list in force, stores the result with the list versions used, and sets the first vigilance level:
 * heightened on any sanctions, PEP or watch-list hit not dismissed as a false positive, or a high-risk
 * country (FATF call for action, EU list); a monitored (grey-list) country is a factor.
 * A false positive dismissed earlier is not raised again unless the list entry or the party changed.
 */
export async function screenContact(
  tx: TTx,
  organisationId: string,
  contactId: string,
  options: {
    trigger: 'contact_saved' | 'list_update' | 'manual';
    userId: string | null;
    /** A contact just created in the caller's transaction: not read again, and it has no earlier hits. */
    created?: TCreatedContact;
  },
) {
  const current = options.created ?? (await contactWithCurrentData(tx, organisationId, contactId));
  if (!current) return null;
  const { contact } = current;
  const data = current.data as TContactData;
  const linked = await currentContactData(tx, organisationId, linkedContactIds(data).all);
  const parties = [partyOf(contactId, data), ...linked.map((l) => partyOf(l.id, l.data as TContactData))];
  const { versions, countryRisk } = await screeningReferences(tx, organisationId);
  const { hits } = await screenQueries(
    tx,
    organisationId,
    parties.map((p) => p.query),
    versions,
  );
  const previous = options.created
    ? []
    : await tx
        .select()
        .from(screeningHits)
        .where(and(eq(screeningHits.organisationId, organisationId), eq(screeningHits.contactId, contactId)))
        .orderBy(desc(screeningHits.createdAt));

  const found = matchParties(parties, hits);
  // False positives dismissed on unchanged data are not raised again (domain rule).
  const kept = keepHits(found, previous);
  const categoryOf = new Map(versions.map((v) => [v.source, listCategory(v.format)]));
  const factors = screeningFactors(kept, parties, categoryOf, countryRisk?.lists);
  const level = firstVigilanceLevel(factors);
  const [screening] = await tx
    .insert(screenings)
    .values({
      organisationId,
      contactId,
      contactVersionNo: contact.currentVersionNo,
      trigger: options.trigger,
      listVersions: versions.map((v: TActiveListVersion) => ({
        id: v.id,
        source: v.source,
        date: v.listDate,
        checksum: v.checksum,
      })),
      countryRiskVersion: countryRisk?.version ?? null,
      level,
      factors,
      screenedBy: options.userId,
    })
    .returning();
  await storeHits(tx, organisationId, contactId, screening!.id, kept);
  const status = contact.status === 'draft' ? 'screened' : contact.status;
  await setScreeningOutcome(tx, contactId, {
    status,
    vigilanceLevel: firstVigilanceLevel(factors, contact.vigilanceLevel),
  });
  return { screening: screening!, newHits: kept.filter((k) => k.isNew).length, hits: kept.length };
}

/**
 * Tells the organisation's webhook endpoints that a screening found hits not seen before on this contact
 * (`contact.screened_with_hits`): ids and counts only, whether the contact was just saved or screened again.
 */
export async function announceNewHits(
  tx: TTx,
  organisationId: string,
  contactId: string,
  result: Awaited<ReturnType<typeof screenContact>>,
): Promise<void> {
  if (!result || result.newHits === 0) return;
  await emitWebhookEvent(tx, organisationId, 'contact.screened_with_hits', {
    contactId,
    screeningId: result.screening.id,
    hits: result.hits,
    newHits: result.newHits,
  });
}

/**
 * What saving a contact asks of screening (the contacts module's port, `contacts/contact-screening-port.ts`):
 * the saved version screened in the save's transaction, new hits announced.
 */
export async function screenSavedContact(
  tx: TTx,
  organisationId: string,
  contactId: string,
  userId: string | null,
  created?: TCreatedContact,
): Promise<{ hits: number }> {
  const screened = await screenContact(tx, organisationId, contactId, {
    trigger: 'contact_saved',
    userId,
    ...(created ? { created } : {}),
  });
  await announceNewHits(tx, organisationId, contactId, screened);
  return { hits: screened?.hits ?? 0 };
}
