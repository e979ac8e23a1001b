import type { TContactData } from '@vigilo/domain/contracts/contacts.ts';
import {
  type Answers,
  type AnswerValue,
  CONTACT_BUYER_QUESTIONNAIRE,
  CONTACT_SELLER_QUESTIONNAIRE,
  type ContactFacts,
  computeVigilance,
  DEFAULT_ACCEPTANCE_POLICY,
  reviewDueDate,
  toFactView,
  validateAnswers,
  ZContactFacts,
} from '@vigilo/domain/risk/index.ts';
import type { DecisionState } from '@vigilo/domain/workflow/index.ts';
import type { TCaseEventBulkRow } from '../declarations/declarations.bulk-load.ts';
import type { TNotificationBulkRow } from '../notifications/notifications.bulk-load.ts';
import { profileCaseTitle } from '../risk/case-title.ts';
import type { TRiskProfileBulkRow } from '../risk/risk.bulk-load.ts';
import type { TAuditDraft } from './seed-audit.ts';
import { contactStatusOf, walkCase } from './seed-cases.ts';
import type { TSeedContact, TSeedUser } from './seed-contacts.ts';
import type { TRandom } from './seed-random.ts';

const DAY = 86_400_000;
const questionnaires = { buyer: CONTACT_BUYER_QUESTIONNAIRE, seller: CONTACT_SELLER_QUESTIONNAIRE };

export type TSeedProfile = {
  row: TRiskProfileBulkRow & { id: string; role: 'buyer' | 'seller'; decision: DecisionState };
  contact: TSeedContact;
  decidedAt: Date;
};

/** What `contactFactsOf` derives from a version, with the linked parties' countries known in memory. */
function factsOf(data: TContactData, byId: Map<string, TSeedContact>, today: string): ContactFacts {
  const links =
    data.kind === 'person'
      ? data.beneficialOwners.map((b) => b.contactId)
      : [...data.beneficialOwners.map((b) => b.contactId), ...data.mandataries.map((m) => m.contactId)];
  const relatedPartyCountries = [
    ...new Set(
      links.flatMap((id) => {
        const linked = byId.get(id)?.data;
        if (!linked) return [];
        return linked.kind === 'person'
          ? [...linked.nationalities, linked.address.country]
          : [linked.registeredOffice.country];
      }),
    ),
  ];
  const base = { relatedPartyCountries, screeningHits: [], pep: 'none' };
  if (data.kind === 'person') {
    return ZContactFacts.parse({
      ...base,
      type: 'natural',
      nationalities: data.nationalities,
      residenceCountry: data.address.country,
      identificationMode: data.identificationMode.replaceAll('_', '-'),
      identityDocumentExpired: data.idDocument.expiryDate < today,
      beneficialOwnersVerified: data.actsForOwnAccount ? null : data.beneficialOwners.length > 0,
    });
  }
  return ZContactFacts.parse({
    ...base,
    type: 'legal',
    residenceCountry: data.registeredOffice.country,
    identificationMode: 'face-to-face',
    beneficialOwnersVerified: data.beneficialOwners.length > 0 || data.seniorManagingOfficials.length > 0,
  });
}

/** Questionnaire answers: nothing to report for most, a PEP or unusual characteristics for some. */
function answersFor(r: TRandom, role: 'buyer' | 'seller', data: TContactData): Answers {
  const answers: Record<string, AnswerValue> = {
    isPep: false,
    sensitiveSector: false,
    geographicDistance: false,
    unusualCharacteristics: false,
    avoidsDirectContact: false,
  };
  if (data.kind === 'person') answers.actsOnOwnAccount = data.actsForOwnAccount;
  else {
    answers.entityForm = data.entityType === 'non_profit' ? 'non-profit' : 'commercial-company';
    answers.bearerShares = false;
    if (role === 'buyer') answers.equityBelowPrice = false;
  }
  if (role === 'buyer') {
    answers.sourceOfFunds = r.pick([
      ['own-savings', 'mortgage-loan'],
      ['mortgage-loan'],
      ['sale-of-property'],
      ['inheritance-or-gift', 'own-savings'],
    ]);
    answers.disproportionWithSituation = false;
  } else answers.priceWellBelowValue = false;
  const x = r.next();
  if (x < 0.05) {
    Object.assign(answers, {
      isPep: true,
      pepRole: r.pick(['holder', 'family-member', 'close-associate']),
      pepFunction: r.pick(['Échevin', 'Bourgmestre', 'Schepen', 'Député fédéral']),
      pepLeftOfficeOver12Months: false,
    });
  } else if (x < 0.09) {
    Object.assign(answers, {
      unusualCharacteristics: true,
      unusualCharacteristicsDetails: 'Souhaite signer très vite, sans visite du bien.',
    });
  } else if (x < 0.11 && role === 'buyer') answers.disproportionWithSituation = true;
  return answers;
}

/**
 * Risk profiles (M5) of about 85% of the contacts, computed with the domain's vigilance engine and the
 * default acceptance policy, then decided (M6). Sets the contact's status, vigilance and review date as
 * the product does, and returns the timeline, audit events and notifications.
 */
// Long because it writes seed data in the order the records depend on each other, one block per kind.
export function makeRiskProfiles(
  r: TRandom,
  input: { contacts: TSeedContact[]; officer: TSeedUser; today: Date },
) {
  const todayIso = input.today.toISOString().slice(0, 10);
  const byId = new Map(input.contacts.map((c) => [c.row.id, c]));
  const profiles: TSeedProfile[] = [];
  const events: TCaseEventBulkRow[] = [];
  const audit: TAuditDraft[] = [];
  const notes: TNotificationBulkRow[] = [];
  for (const contact of input.contacts) {
    if (r.chance(0.15)) continue;
    const role = r.chance(0.55) ? 'buyer' : 'seller';
    const version = contact.versions.at(-1)!;
    const createdAt = new Date(
      Math.min(input.today.getTime() - DAY, version.createdAt.getTime() + r.int(1, 240) * 3_600_000),
    );
    if (createdAt <= version.createdAt) continue;
    const facts = factsOf(contact.data, byId, todayIso);
    const questionnaire = questionnaires[role];
    const checked = validateAnswers(questionnaire, answersFor(r, role, contact.data), toFactView(facts));
    if (!checked.ok) throw new Error(`seed answers invalid: ${JSON.stringify(checked.errors)}`);
    const result = computeVigilance({
      questionnaire,
      answers: checked.value,
      contactFacts: facts,
      policy: DEFAULT_ACCEPTANCE_POLICY,
      on: createdAt.toISOString(),
    });
    const id = r.uuid();
    const computedAt = new Date(createdAt.getTime() + r.int(5, 120) * 60_000);
    const actor = contact.createdBy;
    const base = {
      organisationId: contact.row.organisationId,
      actorUserId: actor.id,
      subjectType: 'risk_profile' as const,
      subjectId: id,
      ip: actor.ip,
    };
    audit.push(
      {
        ...base,
        action: 'risk_profile.created',
        payload: { contactId: contact.row.id, contactVersionNo: version.versionNo, role },
        createdAt,
      },
      {
        ...base,
        action: 'risk_profile.answers_saved',
        payload: { answered: Object.keys(checked.value).length },
        createdAt: new Date(computedAt.getTime() - 60_000),
      },
      {
        ...base,
        action: 'risk_profile.computed',
        payload: {
          level: result.level,
          score: result.score,
          policyVersion: result.policyVersion,
          questionnaireVersion: result.questionnaireVersion,
        },
        createdAt: computedAt,
      },
    );
    events.push({
      organisationId: base.organisationId,
      subjectType: 'risk_profile',
      subjectId: id,
      action: 'computed',
      actorUserId: actor.id,
      actorRole: actor.isOfficer ? 'officer' : 'collaborator',
      motivation: null,
      data: { level: result.level, score: result.score, factors: result.factors.map((f) => f.code) },
      createdAt: computedAt,
    });
    const title = profileCaseTitle(contact.row.displayName, role);
    const outcome = walkCase(
      r,
      { organisationId: base.organisationId, subjectType: 'risk_profile', subjectId: id, title },
      { level: result.level, computedAt, creator: actor, officer: input.officer, until: input.today },
    );
    events.push(...outcome.events);
    audit.push(...outcome.audit);
    notes.push(...outcome.notifications);
    Object.assign(contact.row, {
      vigilanceLevel: result.level,
      reviewDueAt: reviewDueDate(computedAt.toISOString().slice(0, 10), result.reviewPeriodMonths),
      status: contactStatusOf(outcome.state) ?? contact.row.status,
      updatedAt: outcome.decidedAt,
    });
    profiles.push({
      contact,
      decidedAt: outcome.decidedAt,
      row: {
        id,
        organisationId: base.organisationId,
        contactId: contact.row.id,
        contactVersionId: version.id,
        contactVersionNo: version.versionNo,
        role,
        questionnaireId: questionnaire.id,
        questionnaireVersion: questionnaire.version,
        answers: checked.value,
        result,
        level: result.level,
        policyVersion: result.policyVersion,
        decision: outcome.state,
        status: outcome.state.status,
        createdBy: actor.id,
        createdAt,
        updatedAt: outcome.decidedAt,
      },
    });
  }
  return { profiles, events, audit, notifications: notes };
}
