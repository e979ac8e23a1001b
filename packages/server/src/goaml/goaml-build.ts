import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import type {
  TGoAmlLanguage,
  TGoAmlTextsView,
  TGoAmlValidationError,
} from '@vigilo/domain/contracts/goaml.ts';
import {
  buildGoAmlReport,
  buildGoAmlTree,
  type TGoAmlAdjustment,
  type TGoAmlReport,
} from '@vigilo/domain/goaml/index.ts';
import { formatCitations } from '@vigilo/domain/risk/citations.ts';
import { citationsOfFactor } from '@vigilo/domain/risk/factor-catalog.ts';
import anyAscii from 'any-ascii';
import { eq } from 'drizzle-orm';
import { findUserContact } from '../accounts/accounts.reads.ts';
import type { TDbOrTx } from '../db/client.ts';
import { translator } from '../i18n/i18n.ts';
import { findOrganisationById } from '../organisations/organisation-by-id.ts';
import { findMemberContact } from '../organisations/organisations.reads.ts';
import { goamlSettings } from './goaml.schema.ts';
import type { TGoAmlCaseData } from './goaml-case-data.ts';
import type { TGoAmlProfile } from './goaml-profiles.service.ts';
import { serialiseGoAmlTree } from './goaml-xml.ts';
import { explainXsdErrors, validateWithXsd } from './xsd-validation.ts';

export type TBuiltReport = {
  settingsMissing: boolean;
  report: TGoAmlReport | null;
  xml: string | null;
  adjustments: TGoAmlAdjustment[];
  errors: TGoAmlValidationError[];
};

const today = () => new Date().toISOString().slice(0, 10);

/** The agency's goAML settings (officer-only); null fields when never set. */
export async function findGoAmlSettings(db: TDbOrTx, organisationId: string) {
  const [row] = await db.select().from(goamlSettings).where(eq(goamlSettings.organisationId, organisationId));
  return { reportingEntityId: row?.reportingEntityId ?? null, branch: row?.branch ?? '' };
}

/** The reporting officer as a member of the organisation: name, e-mail, job title (absent if not a member). */
async function reportingOfficer(db: TDbOrTx, organisationId: string, userId: string) {
  const member = await findMemberContact(db, organisationId, userId);
  const user = member ? await findUserContact(db, userId) : null;
  return member && user ? { user, jobTitle: member.jobTitle, contactEmail: member.contactEmail } : undefined;
}

/**
 * Builds the report file of a case as it would be downloaded now: the domain model, the FIU-fitted tree,
 * the XML, and the active profile's XSD verdict explained in the caller's language. The reporting person
 * is the officer who asks (law of 18 September 2017 art. 47: the officer transmits).
 */
export async function buildReportFile(
  db: TDbOrTx,
  input: {
    organisationId: string;
    officerUserId: string;
    lang: TLanguage;
    caseData: TGoAmlCaseData;
    texts: TGoAmlTextsView;
    fiuRefNumber: string | null;
    profile: TGoAmlProfile;
  },
): Promise<TBuiltReport> {
  const { caseData, lang } = input;
  const settings = await findGoAmlSettings(db, input.organisationId);
  if (!settings.reportingEntityId)
    return { settingsMissing: true, report: null, xml: null, adjustments: [], errors: [] };
  const org = await findOrganisationById(db, input.organisationId);
  const officer = await reportingOfficer(db, input.organisationId, input.officerUserId);
  // The file is written in the report's language (FR or NL, chosen by the officer); only the schema's
  // verdict is explained in the reader's language.
  const t = translator(input.texts.language);
  const deal = caseData.transaction;
  const report = buildGoAmlReport({
    subjectType: caseData.subject.subjectType,
    caseReference: caseData.caseReference,
    fiuRefNumber: input.fiuRefNumber,
    submissionDate: today(),
    organisation: {
      reportingEntityId: settings.reportingEntityId,
      branch: settings.branch || org!.name,
      address: {
        street: org!.street || org!.name,
        postalCode: org!.postalCode,
        city: org!.city || '-',
        country: org!.country,
      },
    },
    officer: {
      firstName: officer!.user.firstName,
      lastName: officer!.user.lastName,
      email: officer!.contactEmail || officer!.user.email,
      occupation: officer!.jobTitle || t('goaml:defaults.occupation'),
    },
    texts: input.texts,
    partyReasons: {
      subject: t('goaml:partyReason.subject'),
      beneficialOwner: t('goaml:partyReason.beneficialOwner'),
      mandatary: t('goaml:partyReason.mandatary'),
      seniorManagingOfficial: t('goaml:partyReason.seniorManagingOfficial'),
    },
    contacts: caseData.contacts,
    subjectContactIds: caseData.subjectContactIds,
    transaction: deal,
    property: deal
      ? {
          address: deal.propertyAddress,
          priceCents: deal.priceCents,
          description: t('goaml:defaults.propertyDescription', {
            type: t(`goaml:transactionType.${deal.type}`),
            address: `${deal.propertyAddress.street}, ${deal.propertyAddress.postalCode} ${deal.propertyAddress.city}`,
          }),
        }
      : null,
    factorCodes: caseData.factors.map((f) => f.code),
  });
  const { tree, adjustments } = buildGoAmlTree(report, input.profile.mapping, { transliterate: anyAscii });
  const file = serialiseGoAmlTree(tree);
  const verdict = await validateWithXsd(file.xml, input.profile.xsd);
  const errors = verdict.valid ? [] : explainXsdErrors(verdict.errors, file.pathAtLine, lang);
  return { settingsMissing: false, report, xml: file.xml, adjustments, errors };
}

/** The language a new report starts in: the officer's own when CTIF-CFI accepts it, else French. */
export function reportLanguageFor(userLanguage: string | null | undefined): TGoAmlLanguage {
  return userLanguage === 'nl' ? 'nl' : 'fr';
}

/**
 * The first texts of a report, in the report's language: the officer's comment and the vigilance factors
 * with their legal references. The collaborator's internal motivation is not put in: it is offered to the
 * officer to quote (`motivationQuote`).
 */
export function defaultTexts(caseData: TGoAmlCaseData, language: TGoAmlLanguage): TGoAmlTextsView {
  const t = translator(language);
  const factorLines = caseData.factors.map((f) => {
    const label = f.label?.[language] ?? t(`risk:${f.reasonKey}`);
    return `- ${label} (${formatCitations(citationsOfFactor(f.code), t)})`;
  });
  const reason = [
    caseData.officerComment,
    factorLines.length ? `${t('goaml:defaults.factors')}\n${factorLines.join('\n')}` : null,
  ]
    .filter(Boolean)
    .join('\n\n');
  const deal = caseData.transaction;
  return {
    language,
    reason: reason || t('goaml:defaults.reason'),
    action: t(`goaml:defaults.action.${caseData.subject.subjectType}`),
    transactionDescription: deal
      ? t('goaml:defaults.transactionDescription', {
          type: t(`goaml:transactionType.${deal.type}`),
          reference: deal.reference,
          address: `${deal.propertyAddress.street}, ${deal.propertyAddress.postalCode} ${deal.propertyAddress.city}`,
        })
      : '',
    transactionDate: (deal?.createdAt ?? new Date()).toISOString().slice(0, 10),
    institutionName: '',
  };
}

/** The collaborator's motivation headed in the report's language, ready to quote; null when there is none. */
export function motivationQuote(caseData: TGoAmlCaseData, language: TGoAmlLanguage): string | null {
  if (!caseData.motivation) return null;
  return `${translator(language)('goaml:defaults.motivation')}\n${caseData.motivation}`;
}
