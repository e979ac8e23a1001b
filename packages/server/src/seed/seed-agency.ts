import { foldText } from '@vigilo/domain/contacts/index.ts';
import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import { walletStructuredCommunication } from '@vigilo/domain/wallet/index.ts';
import type { TUserBulkRow } from '../accounts/accounts.bulk-load.ts';
import type {
  TAllowedEnterpriseNumberBulkRow,
  TMembershipBulkRow,
  TOrganisationBulkRow,
  TUserRecognitionBulkRow,
} from '../organisations/organisations.bulk-load.ts';
import type { TAuditDraft } from './seed-audit.ts';
import type { TScreenedList, TSeedUser } from './seed-contacts.ts';
import { makeContacts } from './seed-contacts.ts';
import { makeRiskProfiles } from './seed-profiles.ts';
import type { TRandom } from './seed-random.ts';
import { makeLedger, makeTransactions } from './seed-transactions.ts';
import { agencyWords, belgianAddress, enterpriseNumberOf, givenNames, surnames } from './seed-vocabulary.ts';

const DAY = 86_400_000;

/** The accounts the benchmarks sign in with (agency 0, the largest); all seeded accounts share one password. */
export const benchAccounts = {
  officer: { username: 'bench.officer', email: 'bench.officer@vigilo.test' },
  collaborator: { username: 'bench.collaborator', email: 'bench.collaborator@vigilo.test' },
  admin: { username: 'bench.admin', email: 'bench.admin@vigilo.test' },
} as const;

const slug = (text: string) =>
  foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export type TAgencyInput = {
  agencyNo: number;
  seed: number;
  contacts: number;
  transactions: number;
  today: Date;
  passwordHash: string;
  lists: TScreenedList[];
  adminId: string;
};

/** Everything one agency holds, generated in memory in the order the product would have written it. */
// Long because it writes seed data in the order the records depend on each other, one block per kind.
export function makeAgency(r: TRandom, input: TAgencyInput) {
  const { agencyNo, today } = input;
  const organisationId = r.uuid();
  const founded = new Date(today.getTime() - (3 * 365 + r.int(10, 100)) * DAY);
  const address = belgianAddress(r);
  const founder = r.pickFrequent(surnames);
  const enterpriseNumber = enterpriseNumberOf((input.seed % 1_000) * 9_001 + agencyNo * 104_729 + 1);
  const organisation: TOrganisationBulkRow = {
    id: organisationId,
    enterpriseNumber,
    name: `${r.pick(agencyWords)} ${founder}`,
    legalForm: r.pick(['SRL', 'BV', 'SA', 'NV']),
    street: address.street,
    postalCode: address.postalCode,
    city: address.city,
    email: `info@${slug(founder)}-${agencyNo}.be`,
    bivNumber: String(500_000 + agencyNo),
    createdAt: founded,
    updatedAt: founded,
  };
  const people = makeStaff(r, {
    ...input,
    organisationId,
    founded,
    domain: `${slug(founder)}-${agencyNo}.be`,
  });
  const officer = people.seedUsers[0]!;
  const built = makeContacts(r, {
    organisationId,
    count: input.contacts,
    firstNumber: agencyNo * 1_000_000,
    users: people.seedUsers,
    today,
    lists: input.lists,
  });
  const risk = makeRiskProfiles(r, { contacts: built.contacts, officer, today });
  const deals = makeTransactions(r, {
    organisationId,
    count: input.transactions,
    profiles: risk.profiles,
    officer,
    today,
    agencyNo,
  });
  const ledger = makeLedger(r, { organisationId, deals: deals.deals, officer });
  const audit: TAuditDraft[] = [
    {
      organisationId,
      actorUserId: officer.id,
      action: 'organisation.created',
      subjectType: 'organisation',
      subjectId: organisationId,
      payload: { enterpriseNumber, name: organisation.name },
      ip: officer.ip,
      createdAt: founded,
    },
    ...people.audit,
    ...built.audit,
    ...risk.audit,
    ...deals.audit,
    ...ledger.audit,
  ];
  const platformAudit: TAuditDraft = {
    organisationId: null,
    actorUserId: input.adminId,
    action: 'admin.allowed_number_added',
    subjectType: 'platform',
    subjectId: enterpriseNumber,
    payload: { note: organisation.name },
    ip: null,
    createdAt: new Date(founded.getTime() - DAY),
  };
  return {
    organisation,
    allowed: {
      enterpriseNumber,
      note: 'seed',
      addedBy: input.adminId,
      createdAt: platformAudit.createdAt,
    } satisfies TAllowedEnterpriseNumberBulkRow,
    ...people,
    contacts: built.contacts,
    screenings: built.screenings,
    profiles: risk.profiles,
    caseEvents: [...risk.events, ...deals.events],
    notifications: [...risk.notifications, ...deals.notifications],
    deals: deals.deals,
    movements: ledger.movements,
    intents: ledger.intents,
    audit,
    platformAudit,
  };
}

export type TAgency = ReturnType<typeof makeAgency>;

/** The manager (also AML officer) and the collaborators; agency 0 gets the benchmark accounts. */
function makeStaff(
  r: TRandom,
  input: TAgencyInput & { organisationId: string; founded: Date; domain: string },
) {
  const size = input.agencyNo === 0 ? 8 : r.int(1, 4);
  const userRows: (TUserBulkRow & { id: string })[] = [];
  const membershipRows: TMembershipBulkRow[] = [];
  const recognitions: TUserRecognitionBulkRow[] = [];
  const seedUsers: TSeedUser[] = [];
  const audit: TAuditDraft[] = [];
  for (let j = 0; j < size; j++) {
    const id = r.uuid();
    const firstName = r.pickFrequent(givenNames);
    const lastName = r.pickFrequent(surnames);
    const bench = input.agencyNo === 0 ? [benchAccounts.officer, benchAccounts.collaborator][j] : undefined;
    const joined = new Date(input.founded.getTime() + j * r.int(1, 30) * DAY);
    const isOfficer = j === 0;
    const language: TLanguage = r.chance(0.55) ? 'nl' : r.chance(0.9) ? 'fr' : 'en';
    userRows.push({
      id,
      username: bench?.username ?? `${slug(firstName)}.${slug(lastName)}.${input.agencyNo}-${j}`,
      email: bench?.email ?? `${slug(firstName)}.${slug(lastName)}.${j}@${input.domain}`,
      firstName,
      lastName,
      passwordHash: input.passwordHash,
      language,
      status: 'active',
      createdAt: joined,
      updatedAt: joined,
    });
    membershipRows.push({
      organisationId: input.organisationId,
      userId: id,
      status: 'active',
      isManager: isOfficer,
      toolRole: isOfficer ? 'officer' : 'collaborator',
      jobTitle: isOfficer
        ? 'Gérant / zaakvoerder'
        : r.pick(['Agent immobilier', 'Vastgoedmakelaar', 'Assistante', 'Stagiaire']),
      createdAt: joined,
      confirmedAt: joined,
    });
    recognitions.push({
      userId: id,
      recognitionCode: 'biv_ipi_member',
      reference: `IPI ${200_000 + input.agencyNo * 10 + j}`,
      grantedBy: input.adminId,
      grantedAt: joined,
    });
    const ip = `203.0.113.${((input.agencyNo * 7 + j) % 250) + 1}`;
    seedUsers.push({ id, isOfficer, ip, language });
    const base = {
      organisationId: input.organisationId,
      subjectType: 'member' as const,
      subjectId: id,
      ip,
      createdAt: joined,
    };
    if (isOfficer)
      audit.push({ ...base, actorUserId: id, action: 'officer.claimed', payload: { from: 'none' } });
    else {
      audit.push({
        ...base,
        actorUserId: id,
        action: 'member.joined',
        payload: { userId: id, name: `${firstName} ${lastName}` },
      });
      audit.push({
        ...base,
        actorUserId: seedUsers[0]!.id,
        action: 'member.confirmed',
        payload: { userId: id, isManager: false },
        createdAt: new Date(joined.getTime() + 3_600_000),
      });
    }
  }
  return { users: userRows, memberships: membershipRows, recognitions, seedUsers, audit };
}

/** The wallet row: its number is drawn from the table's own sequence, its communication derived from it. */
export function walletRow(organisationId: string, number: number, createdAt: Date) {
  return {
    organisationId,
    number,
    communicationDigits: walletStructuredCommunication(number).digits,
    createdAt,
  };
}
