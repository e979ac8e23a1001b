import { purgeDueOn } from '@vigilo/domain/records/retention.ts';
import { inArray, type SQL } from 'drizzle-orm';
import { auditChainSlice } from '../../audit/audit.reads.ts';
import {
  contactsByIds,
  documentsOfSubjects,
  type TContactVersionRow,
  type TDocumentRow,
  versionsOfContacts,
} from '../../contacts/contacts.reads.ts';
import type { TTx } from '../../db/client.ts';
import { caseEventsOfSubjects } from '../../declarations/declarations.reads.ts';
import { riskProfilesOfContacts, type TRiskProfileRow } from '../../risk/risk.reads.ts';
import {
  screeningsOfContacts,
  type TScreeningHitRow,
  type TScreeningRow,
} from '../../screening/screening.reads.ts';
import { partiesOfTransactions, transactionsByIds } from '../../transactions/transactions.reads.ts';
import { contactRetention, legalHolds } from '../records.schema.ts';
import type { TRecordsExport } from './export-format.ts';

type TJson = Record<string, unknown>;
const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

async function collectCaseEvents(tx: TTx, organisationId: string, subjectIds: string[]) {
  const rows = await caseEventsOfSubjects(tx, organisationId, subjectIds);
  const bySubject = new Map<string, TRecordsExport['transactions'][number]['caseEvents']>();
  for (const e of rows) {
    const list = bySubject.get(e.subjectId) ?? [];
    list.push({
      id: e.id,
      action: e.action,
      actorUserId: e.actorUserId,
      actorRole: e.actorRole,
      motivation: e.motivation,
      data: e.data as TJson,
      createdAt: iso(e.createdAt),
    });
    bySubject.set(e.subjectId, list);
  }
  return bySubject;
}

/** Every version, risk profile (with its case), screening, retention clock and hold of some contacts. */
export async function collectContacts(
  tx: TTx,
  organisationId: string,
  contactIds: string[],
  retentionYears: number,
): Promise<TRecordsExport['contacts']> {
  if (contactIds.length === 0) return [];
  const rows = await contactsByIds(tx, organisationId, contactIds);
  const versions = await versionsOfContacts(tx, organisationId, contactIds);
  const profiles = await riskProfilesOfContacts(tx, organisationId, contactIds);
  const cases = await collectCaseEvents(
    tx,
    organisationId,
    profiles.map((p) => p.id),
  );
  const { screenings: screened, hits } = await screeningsOfContacts(tx, organisationId, contactIds);
  const clocks = await tx
    .select()
    .from(contactRetention)
    .where(inArray(contactRetention.contactId, contactIds));
  const holds = await tx.select().from(legalHolds).where(inArray(legalHolds.contactId, contactIds));
  const ofContact = <T extends { contactId: string | null }>(list: T[], id: string) =>
    list.filter((item) => item.contactId === id);
  return rows.map((c) => ({
    id: c.id,
    kind: c.kind,
    status: c.status,
    vigilanceLevel: c.vigilanceLevel,
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    versions: ofContact(versions, c.id).map(exportedVersion),
    riskProfiles: ofContact(profiles, c.id).map((p) => exportedProfile(p, cases.get(p.id) ?? [])),
    screenings: ofContact(screened, c.id).map((s) =>
      exportedScreening(
        s,
        hits.filter((h) => h.screeningId === s.id),
      ),
    ),
    retention: exportedRetention(
      clocks.find((r) => r.contactId === c.id),
      retentionYears,
    ),
    legalHolds: ofContact(holds, c.id).map(exportedHold),
  }));
}

type TExportedContact = TRecordsExport['contacts'][number];

const exportedVersion = (v: TContactVersionRow): TExportedContact['versions'][number] => ({
  versionNo: v.versionNo,
  data: v.data as TJson,
  changes: v.changes as unknown[],
  createdBy: v.createdBy,
  createdAt: iso(v.createdAt),
});

const exportedProfile = (
  p: TRiskProfileRow,
  events: TExportedContact['riskProfiles'][number]['caseEvents'],
): TExportedContact['riskProfiles'][number] => ({
  id: p.id,
  role: p.role,
  contactVersionNo: p.contactVersionNo,
  questionnaireId: p.questionnaireId,
  questionnaireVersion: p.questionnaireVersion,
  answers: p.answers as TJson,
  result: p.result as TJson | null,
  level: p.level,
  policyVersion: p.policyVersion,
  decision: p.decision as TJson,
  status: p.status,
  createdAt: iso(p.createdAt),
  updatedAt: iso(p.updatedAt),
  caseEvents: events,
});

const exportedScreening = (
  s: TScreeningRow,
  hits: TScreeningHitRow[],
): TExportedContact['screenings'][number] => ({
  id: s.id,
  contactVersionNo: s.contactVersionNo,
  trigger: s.trigger,
  listVersions: s.listVersions,
  countryRiskVersion: s.countryRiskVersion,
  level: s.level,
  factors: s.factors,
  screenedAt: iso(s.screenedAt),
  hits: hits.map((h) => ({
    id: h.id,
    partyContactId: h.partyContactId,
    partyName: h.partyName,
    list: h.list,
    entryId: h.entryId,
    matchedName: h.matchedName,
    score: h.score,
    explanation: h.explanation,
    disposition: h.disposition,
    dispositionReason: h.dispositionReason,
    dispositionedAt: isoOrNull(h.dispositionedAt),
  })),
});

const exportedRetention = (
  clock: typeof contactRetention.$inferSelect | undefined,
  retentionYears: number,
): TExportedContact['retention'] =>
  clock
    ? {
        endedOn: clock.endedOn,
        endSource: clock.endSource,
        endReason: clock.endReason,
        extendedUntil: clock.extendedUntil,
        extensionReason: clock.extensionReason,
        purgeDueOn: purgeDueOn(clock, retentionYears),
      }
    : null;

const exportedHold = (h: typeof legalHolds.$inferSelect): TExportedContact['legalHolds'][number] => ({
  id: h.id,
  reason: h.reason,
  reference: h.reference,
  placedAt: iso(h.placedAt),
  releasedAt: isoOrNull(h.releasedAt),
  releaseReason: h.releaseReason,
});

export async function collectTransactions(
  tx: TTx,
  organisationId: string,
  transactionIds: string[],
): Promise<TRecordsExport['transactions']> {
  if (transactionIds.length === 0) return [];
  const rows = await transactionsByIds(tx, organisationId, transactionIds);
  const parties = await partiesOfTransactions(tx, organisationId, transactionIds);
  const cases = await collectCaseEvents(tx, organisationId, transactionIds);
  return rows.map((t) => ({
    id: t.id,
    reference: t.reference,
    type: t.type,
    propertyAddress: t.propertyAddress as TJson,
    priceCents: t.priceCents,
    questionnaireId: t.questionnaireId,
    questionnaireVersion: t.questionnaireVersion,
    answers: t.answers as TJson,
    result: t.result as TJson | null,
    level: t.level,
    policyVersion: t.policyVersion,
    decision: t.decision as TJson,
    status: t.status,
    paidAt: isoOrNull(t.paidAt),
    createdAt: iso(t.createdAt),
    updatedAt: iso(t.updatedAt),
    parties: parties
      .filter((p) => p.transactionId === t.id)
      .map((p) => ({
        contactId: p.contactId,
        contactVersionNo: p.contactVersionNo,
        riskProfileId: p.riskProfileId,
        role: p.role,
      })),
    caseEvents: cases.get(t.id) ?? [],
  }));
}

export type { TDocumentRow };

/** The documents attached to the contacts and transactions of the export. */
export async function collectDocuments(
  tx: TTx,
  organisationId: string,
  contactIds: string[],
  transactionIds: string[],
): Promise<TDocumentRow[]> {
  return documentsOfSubjects(tx, organisationId, [...contactIds, ...transactionIds]);
}

/**
 * The slice of the organisation's chain from the first event in scope to the export's own event,
 * every event with its hashes; payloads only for events in scope (and purge events, which name nobody
 * and authorise the redactions an inspector will meet).
 */
export async function collectAuditSlice(
  tx: TTx,
  chain: string,
  inScope: SQL,
  exportEventId: number,
): Promise<TRecordsExport['audit']> {
  const rows = await auditChainSlice(tx, chain, inScope, exportEventId);
  const events = rows.map(({ event: e, inScope: included }) => ({
    id: e.id,
    chain: e.chain,
    organisationId: e.organisationId,
    actorUserId: e.actorUserId,
    action: e.action,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    payloadHash: e.payloadHash,
    payload: included ? (e.payload as TJson | null) : null,
    payloadIncluded: Boolean(included),
    redactedAt: isoOrNull(e.redactedAt),
    ip: e.ip,
    createdAt: iso(e.createdAt),
    prevHash: e.prevHash,
    hash: e.hash,
  }));
  return {
    chain,
    anchorPrevHash: events[0]?.prevHash ?? '',
    headHash: events.at(-1)?.hash ?? '',
    events,
  };
}
