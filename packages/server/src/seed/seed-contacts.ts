import { diffContactData, summarise } from '@vigilo/domain/contacts/index.ts';
import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import type { TContactData, TEntityData, TPersonData } from '@vigilo/domain/contracts/contacts.ts';
import type { TContactBulkRow, TContactVersionBulkRow } from '../contacts/contacts.bulk-load.ts';
import type { TScreeningBulkRow } from '../screening/screening.bulk-load.ts';
import type { TAuditDraft } from './seed-audit.ts';
import type { TRandom } from './seed-random.ts';
import {
  belgianAddress,
  enterpriseNumberOf,
  entityNameWords,
  foreignNationalities,
  givenNames,
  legalForms,
  professions,
  surnames,
} from './seed-vocabulary.ts';

const DAY = 86_400_000;

export type TSeedUser = { id: string; isOfficer: boolean; ip: string; language: TLanguage };
export type TSeedContact = {
  row: TContactBulkRow & { id: string; createdAt: Date };
  versions: (TContactVersionBulkRow & { id: string; createdAt: Date })[];
  data: TContactData;
  createdBy: TSeedUser;
};
export type TScreenedList = { id: string; source: string; date: string; checksum: string };

function personData(r: TRandom, n: number, today: Date): TPersonData {
  const isBelgian = r.chance(0.86);
  const nationality = isBelgian ? 'BE' : r.pickFrequent(foreignNationalities);
  const lastName = r.pickFrequent(surnames);
  const firstNames = r.chance(0.3)
    ? `${r.pickFrequent(givenNames)} ${r.pickFrequent(givenNames)}`
    : r.pickFrequent(givenNames);
  const birth = new Date(Date.UTC(1940 + r.int(0, 64), r.int(0, 11), r.int(1, 28)));
  // Belgian eID: 10 years; about 2% out of date (flagged on the contact page).
  const expiry = new Date(today.getTime() + (r.chance(0.02) ? -r.int(10, 400) : r.int(30, 3_600)) * DAY);
  const mode = r.chance(0.82)
    ? 'face_to_face'
    : r.pick(['remote_eid', 'remote_eid', 'remote_qualified_certificate', 'remote_copy'] as const);
  return {
    kind: 'person',
    lastName,
    firstNames,
    birthDate: birth.toISOString().slice(0, 10),
    birthPlace: isBelgian
      ? belgianAddress(r).city
      : r.pick(['Paris', 'Lille', 'Maastricht', 'Casablanca', 'Roma', 'Kraków', 'Kinshasa']),
    nationalities: r.chance(0.05) && !isBelgian ? [nationality, 'BE'] : [nationality],
    address: belgianAddress(r),
    needsProofOfAddress: !isBelgian && r.chance(0.3),
    idDocument: {
      type: isBelgian ? 'belgian_eid' : r.chance(0.8) ? 'foreign_resident_card' : 'passport',
      number: isBelgian ? `59${String(n).padStart(10, '0')}` : `B${String(n).padStart(9, '0')}`,
      expiryDate: expiry.toISOString().slice(0, 10),
      issuingCountry: isBelgian || r.chance(0.8) ? 'BE' : nationality,
    },
    identificationMode: mode,
    profession: r.pick(professions),
    actsForOwnAccount: true,
    beneficialOwners: [],
    notes: '',
  };
}

/**
 * A legal entity with its ownership graph (B3): natural persons of the agency holding shares, sometimes
 * through a holding that is itself a contact, and a mandatary who represents it.
 */
function entityData(r: TRandom, n: number, persons: TSeedContact[], holdings: TSeedContact[]): TEntityData {
  const name = `${r.pick(entityNameWords)} ${r.pickFrequent(surnames)}`;
  const legalForm = r.pick(legalForms);
  const isNonProfit = legalForm === 'ASBL' || legalForm === 'VZW';
  const owners = persons.length ? Array.from({ length: r.int(1, 3) }, () => r.pick(persons)) : [];
  const uniqueOwners = [...new Set(owners)];
  const holding = holdings.length && r.chance(0.25) ? r.pick(holdings) : null;
  const beneficialOwners = [
    ...(holding ? [{ contactId: holding.row.id, ownershipPct: r.int(51, 90), controls: [] }] : []),
    ...uniqueOwners.map((owner, i) => ({
      contactId: owner.row.id,
      ownershipPct: holding ? r.int(5, 40) / uniqueOwners.length : Math.floor(100 / uniqueOwners.length) - i,
      controls: i === 0 && r.chance(0.3) ? (['appoints-directors'] as const).slice() : [],
    })),
  ];
  const mandatary = persons.length ? r.pick(persons) : null;
  return {
    kind: 'entity',
    name: `${name} ${legalForm}`,
    entityType: isNonProfit ? 'non_profit' : 'company',
    legalForm,
    enterpriseNumber: enterpriseNumberOf(2_000_000 + n * 7),
    registeredOffice: belgianAddress(r),
    administrators: uniqueOwners.map((o) => o.row.displayName),
    representationPowers: 'Le gérant représente seul la société. / De zaakvoerder vertegenwoordigt alleen.',
    publicationReferences: `MB/BS ${2000 + r.int(0, 25)}-${String(r.int(1, 99_999)).padStart(5, '0')}`,
    mandataries: mandatary ? [{ contactId: mandatary.row.id, power: 'Gérant / zaakvoerder' }] : [],
    beneficialOwners: beneficialOwners.map((b) => ({
      ...b,
      ownershipPct: Math.round(b.ownershipPct * 100) / 100,
    })),
    seniorManagingOfficials: [],
    notes: '',
  };
}

/**
 * The agency's contacts over the last three years, each with the version(s) and screening the product
 * writes on creation (`createContact` screens in the same transaction, so a contact is never unscreened)
 * and its `contact.created` / `contact.updated` audit events. About 15% are legal entities.
 */
export function makeContacts(
  r: TRandom,
  input: {
    organisationId: string;
    count: number;
    firstNumber: number;
    users: TSeedUser[];
    today: Date;
    lists: TScreenedList[];
  },
): { contacts: TSeedContact[]; screenings: TScreeningBulkRow[]; audit: TAuditDraft[] } {
  const { organisationId, users, today } = input;
  const start = today.getTime() - 3 * 365 * DAY;
  // Creation times in order, so owners and holdings exist before the entities that link to them.
  const times = Array.from(
    { length: input.count },
    () => start + r.next() * (today.getTime() - start - DAY),
  ).sort((a, b) => a - b);
  const persons: TSeedContact[] = [];
  const holdings: TSeedContact[] = [];
  const all: TSeedContact[] = [];
  const screeningRows: TScreeningBulkRow[] = [];
  const audit: TAuditDraft[] = [];
  times.forEach((time, i) => {
    const n = input.firstNumber + i;
    const createdAt = new Date(time);
    const createdBy = r.pick(users);
    const isEntity = persons.length > 3 && r.chance(0.15);
    const data: TContactData = isEntity ? entityData(r, n, persons, holdings) : personData(r, n, today);
    const id = r.uuid();
    const versionId = r.uuid();
    const summary = summarise(data);
    const contact: TSeedContact = {
      row: {
        id,
        organisationId,
        kind: data.kind,
        status: 'screened',
        ...summary,
        vigilanceLevel: 'normal',
        currentVersionNo: 1,
        createdBy: createdBy.id,
        createdAt,
        updatedAt: createdAt,
      },
      versions: [
        {
          id: versionId,
          contactId: id,
          organisationId,
          versionNo: 1,
          data,
          changes: [],
          createdBy: createdBy.id,
          createdAt,
        },
      ],
      data,
      createdBy,
    };
    audit.push({
      organisationId,
      actorUserId: createdBy.id,
      action: 'contact.created',
      subjectType: 'contact',
      subjectId: id,
      payload: { kind: data.kind, displayName: summary.displayName, versionNo: 1 },
      ip: createdBy.ip,
      createdAt,
    });
    screeningRows.push(screeningOf(contact, 1, createdAt, input.lists));
    // About 4% are edited a few days later (a move): a second version with its field changes.
    if (data.kind === 'person' && r.chance(0.04))
      addMove(r, contact, today, input.lists, screeningRows, audit);
    all.push(contact);
    if (data.kind === 'person') persons.push(contact);
    else if (data.name.includes('Holding') || r.chance(0.2)) holdings.push(contact);
  });
  return { contacts: all, screenings: screeningRows, audit };
}

function screeningOf(contact: TSeedContact, versionNo: number, at: Date, lists: TScreenedList[]) {
  return {
    organisationId: contact.row.organisationId,
    contactId: contact.row.id,
    contactVersionNo: versionNo,
    trigger: 'contact_saved' as const,
    listVersions: lists,
    countryRiskVersion: null,
    level: 'normal' as const,
    factors: [],
    screenedBy: contact.createdBy.id,
    screenedAt: at,
  };
}

function addMove(
  r: TRandom,
  contact: TSeedContact,
  today: Date,
  lists: TScreenedList[],
  screeningRows: TScreeningBulkRow[],
  audit: TAuditDraft[],
) {
  const before = contact.data as TPersonData;
  const data: TPersonData = { ...before, address: { ...belgianAddress(r) } };
  const at = new Date(
    Math.min(today.getTime() - 3_600_000, contact.row.createdAt.getTime() + r.int(1, 20) * DAY),
  );
  const changes = diffContactData(before, data);
  contact.versions.push({
    id: r.uuid(),
    contactId: contact.row.id,
    organisationId: contact.row.organisationId,
    versionNo: 2,
    data,
    changes,
    createdBy: contact.createdBy.id,
    createdAt: at,
  });
  contact.data = data;
  Object.assign(contact.row, summarise(data), { currentVersionNo: 2, updatedAt: at });
  audit.push({
    organisationId: contact.row.organisationId,
    actorUserId: contact.createdBy.id,
    action: 'contact.updated',
    subjectType: 'contact',
    subjectId: contact.row.id,
    payload: { versionNo: 2, changedFields: changes.map((c) => c.path) },
    ip: contact.createdBy.ip,
    createdAt: at,
  });
  screeningRows.push(screeningOf(contact, 2, at, lists));
}
