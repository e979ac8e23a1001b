import { z } from 'zod';
import { ZIsoDate } from './common.ts';
import { idDocumentTypes } from './contacts.ts';

/** API contracts of goAML reporting to CTIF-CFI (M8). Officer-only, never on a client-facing document. */

/** The languages CTIF-CFI accepts a report in; the officer chooses one per report. */
export const goAmlLanguages = ['fr', 'nl'] as const;
export type TGoAmlLanguage = (typeof goAmlLanguages)[number];

export const ZGoAmlTexts = z.object({
  /** The report's language: its headings, factor texts and generated descriptions are written in it. */
  language: z.enum(goAmlLanguages),
  reason: z.string().max(20_000),
  action: z.string().max(20_000),
  transactionDescription: z.string().max(20_000),
  transactionDate: ZIsoDate,
  institutionName: z.string().max(500),
});
export type TGoAmlTextsView = z.infer<typeof ZGoAmlTexts>;
export const ZUpdateGoAmlTextsRequest = ZGoAmlTexts.partial();

const ZAddress = z.object({
  kind: z.enum(['private', 'business', 'property']),
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string(),
});
const ZPerson = z.object({
  firstName: z.string(),
  lastName: z.string(),
  gender: z.enum(['male', 'female']).nullable(),
  birthDate: z.string().nullable(),
  birthPlace: z.string().nullable(),
  nationalNumber: z.string().nullable(),
  nationalities: z.array(z.string()),
  residence: z.string().nullable(),
  address: ZAddress.nullable(),
  occupation: z.string().nullable(),
  identification: z
    .object({
      documentType: z.enum(idDocumentTypes),
      number: z.string(),
      expiryDate: z.string().nullable(),
      issueCountry: z.string(),
    })
    .nullable(),
  comments: z.string().nullable(),
});
const ZRelatedRole = z.enum(['beneficialOwner', 'mandatary', 'seniorManagingOfficial']);
const ZSubject = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), person: ZPerson }),
  z.object({
    kind: z.literal('entity'),
    entity: z.object({
      name: z.string(),
      legalForm: z.string().nullable(),
      incorporationNumber: z.string().nullable(),
      incorporationCountry: z.string(),
      address: ZAddress.nullable(),
      relatedPersons: z.array(
        z.object({ role: ZRelatedRole, person: ZPerson, detail: z.string().nullable() }),
      ),
      comments: z.string().nullable(),
    }),
  }),
]);
const ZProperty = z.object({ address: ZAddress, priceCents: z.number(), description: z.string() });

/** The report as the officer's preview shows it (the domain's `TGoAmlReport`). */
export const ZGoAmlReportModel = z.object({
  kind: z.enum(['SAR', 'STR']),
  reportingEntityId: z.number(),
  branch: z.string(),
  entityReference: z.string(),
  fiuRefNumber: z.string().nullable(),
  submissionDate: z.string(),
  reportingPerson: z.object({
    firstName: z.string(),
    lastName: z.string(),
    email: z.string().nullable(),
    occupation: z.string(),
  }),
  location: ZAddress,
  reason: z.string(),
  action: z.string(),
  parties: z.array(
    z.object({
      subject: ZSubject,
      relation: z.union([z.literal('subject'), ZRelatedRole]),
      significance: z.number(),
      reason: z.string(),
    }),
  ),
  property: ZProperty.nullable(),
  transaction: z
    .object({
      number: z.string(),
      location: z.string(),
      description: z.string(),
      date: z.string(),
      amountCents: z.number(),
      payment: z.discriminatedUnion('kind', [
        z.object({
          kind: z.literal('account'),
          account: z.object({
            iban: z.string(),
            accountName: z.string().nullable(),
            institutionName: z.string(),
            institutionCode: z.string(),
            holder: z.enum(['buyer', 'third-party']),
            signatories: z.array(ZPerson),
          }),
        }),
        z.object({ kind: z.literal('unknown'), explanation: z.string() }),
      ]),
      cashAmountCents: z.number().nullable(),
      parties: z.array(z.object({ role: z.enum(['buyer', 'seller']), subject: ZSubject })),
      property: ZProperty,
    })
    .nullable(),
  factorCodes: z.array(z.string()),
});

export const ZGoAmlAdjustment = z.object({
  path: z.string(),
  kind: z.enum(['truncated', 'transliterated', 'characters-removed']),
  original: z.string(),
  written: z.string(),
  maxLength: z.number().optional(),
});

export const goAmlValidationCodes = [
  'max-length',
  'min-length',
  'not-in-list',
  'pattern',
  'unexpected-element',
  'missing-element',
  'invalid-value',
  'other',
] as const;
export const ZGoAmlValidationError = z.object({
  path: z.string(),
  code: z.enum(goAmlValidationCodes),
  /** In plain words, in the caller's language. */
  message: z.string(),
  /** libxml2's own message, for the FIU's helpdesk. */
  raw: z.string(),
});
export type TGoAmlValidationError = z.infer<typeof ZGoAmlValidationError>;

export const goAmlAnswers = ['no-objection', 'opposition', 'information-request'] as const;
export const ZGoAmlReportState = z.discriminatedUnion('status', [
  z.object({ status: z.literal('draft') }),
  z.object({ status: z.literal('downloaded'), downloadedOn: z.string(), downloadCount: z.number() }),
  z.object({
    status: z.literal('submitted'),
    downloadedOn: z.string(),
    submittedOn: z.string(),
    reference: z.string(),
  }),
  z.object({
    status: z.literal('answered'),
    downloadedOn: z.string(),
    submittedOn: z.string(),
    reference: z.string(),
    answeredOn: z.string(),
    answer: z.enum(goAmlAnswers),
  }),
]);

export const ZGoAmlReportSummary = z.object({
  id: z.string(),
  subjectType: z.enum(['risk_profile', 'transaction']),
  subjectId: z.string(),
  /** Link to the case's page in the web app. */
  subjectPath: z.string(),
  kind: z.enum(['SAR', 'STR']),
  title: z.string(),
  state: ZGoAmlReportState,
  fiuRefNumber: z.string().nullable(),
  previousReportId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TGoAmlReportSummary = z.infer<typeof ZGoAmlReportSummary>;
export const ZGoAmlReportListResponse = z.object({ items: z.array(ZGoAmlReportSummary) });
export const ZGoAmlReportListQuery = z.object({
  subjectId: z.string().uuid().optional(),
});

/** The case whose personal report (loi art. 48) the reporting employee looks for. */
export const ZPersonalGoAmlReportQuery = z.object({ subjectId: z.string().uuid() });
/** The goAML report of the actor's own personal report on a case, or null (not theirs, or none). */
export const ZPersonalGoAmlReportResponse = z.object({
  report: z.object({ id: z.string(), state: ZGoAmlReportState }).nullable(),
});
export type TPersonalGoAmlReportResponse = z.infer<typeof ZPersonalGoAmlReportResponse>;

export const ZGoAmlReportDetail = ZGoAmlReportSummary.extend({
  texts: ZGoAmlTexts,
  /**
   * The collaborator's internal motivation, headed in the report's language, for the officer to quote in
   * the reason if they choose to; never put in the report by itself. Null when there is none.
   */
  motivationQuote: z.string().nullable(),
  /** Null while the agency's goAML settings are missing (`settingsMissing`). */
  preview: ZGoAmlReportModel.nullable(),
  adjustments: z.array(ZGoAmlAdjustment),
  /** Schema errors of the file as it would be downloaded now; empty = downloadable. */
  errors: z.array(ZGoAmlValidationError),
  settingsMissing: z.boolean(),
  profile: z.object({ name: z.string(), isBuiltIn: z.boolean() }),
  files: z.array(
    z.object({
      id: z.string(),
      sha256: z.string(),
      profileName: z.string(),
      downloadedByName: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  followUps: z.array(z.object({ id: z.string(), status: z.string(), createdAt: z.string() })),
});
export type TGoAmlReportDetail = z.infer<typeof ZGoAmlReportDetail>;

export const ZGoAmlReportIdParams = z.object({ goamlReportId: z.string().uuid() });
export const ZOpenGoAmlReportRequest = z.object({
  subjectType: z.enum(['risk_profile', 'transaction']),
  subjectId: z.string().uuid(),
});
export const ZRecordSubmissionRequest = z.object({
  submittedOn: ZIsoDate,
  reference: z.string().trim().min(1).max(100),
});
export const ZRecordAnswerRequest = z.object({
  answeredOn: ZIsoDate,
  answer: z.enum(goAmlAnswers),
  comment: z.string().trim().max(4000).default(''),
});

export const ZGoAmlSettings = z.object({
  reportingEntityId: z.number().int().min(1).max(2_147_483_647).nullable(),
  branch: z.string().trim().max(255),
});
export type TGoAmlSettings = z.infer<typeof ZGoAmlSettings>;
export const ZGoAmlSettingsResponse = ZGoAmlSettings.extend({
  profile: z.object({ name: z.string(), isBuiltIn: z.boolean() }),
});

export const ZGoAmlProfileUpload = z.object({
  name: z.string().trim().min(1).max(200),
  xsdFilename: z.string().trim().min(1).max(255),
  xsd: z.string().min(1).max(8_000_000),
  /** The code-mapping file (JSON), checked against `ZGoAmlCodeMapping`. */
  mapping: z.unknown(),
  activate: z.boolean().default(true),
});
export const ZGoAmlProfileSummary = z.object({
  id: z.string().nullable(),
  name: z.string(),
  xsdFilename: z.string(),
  xsdSha256: z.string(),
  isActive: z.boolean(),
  isBuiltIn: z.boolean(),
  createdAt: z.string().nullable(),
});
export const ZGoAmlProfileListResponse = z.object({ items: z.array(ZGoAmlProfileSummary) });
export const ZActivateGoAmlProfileRequest = z.object({ profileId: z.string().uuid().nullable() });
