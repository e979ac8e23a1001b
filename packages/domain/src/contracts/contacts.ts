import { z } from 'zod';
import { ZIsoDate } from './common.ts';
import { ZKboEnterprise } from './kbo.ts';

const ZText = (max: number) => z.string().trim().max(max);
const ZCountry = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/);
const ZDate = ZIsoDate;

export const ZAddress = z.object({
  street: ZText(200).min(1),
  postalCode: ZText(20).min(1),
  city: ZText(100).min(1),
  country: ZCountry,
});
export type TAddress = z.infer<typeof ZAddress>;

export const idDocumentTypes = [
  'belgian_eid',
  'foreign_resident_card',
  'passport',
  'foreign_driving_licence',
] as const;
export const identificationModes = [
  'face_to_face',
  'remote_eid',
  'remote_qualified_certificate',
  'remote_copy',
] as const;
export const entityTypes = [
  'company',
  'non_profit',
  'trust',
  'de_facto_association',
  'company_in_formation',
] as const;
/** Control other than by shares (law of 18/09/2017 art. 4, 27°); the same codes as the ownership domain. */
export const controlTypes = [
  'voting-rights-majority',
  'appoints-directors',
  'de-facto-control',
  'board-member',
  'trust-role',
] as const;
export const contactStatuses = ['draft', 'screened', 'accepted', 'refused', 'blocked'] as const;
export const vigilanceLevels = ['normal', 'heightened'] as const;

export const ZIdDocument = z.object({
  type: z.enum(idDocumentTypes),
  number: ZText(50).min(1),
  /** The issue date, when recorded (some FIUs' goAML schemas require it; it is never derived). */
  issueDate: ZDate.optional(),
  expiryDate: ZDate,
  issuingCountry: ZCountry,
});

/** A link from a contact to another contact of the same organisation (beneficial owner, mandatary…). */
export const ZBeneficialOwnerLink = z.object({
  contactId: z.string().uuid(),
  /** Direct share in percent (0–100, up to 4 decimals); omitted when the link is control only. */
  ownershipPct: z.number().min(0).max(100).optional(),
  controls: z.array(z.enum(controlTypes)).max(5).default([]),
});
/**
 * Who acts for the client (loi 18/09/2017 art. 21 §1 and 26: the client's mandataries are identified and
 * verified like the client): for an entity its representatives; for a natural person a legal representative
 * (parent, guardian, court-appointed administrator) or the holder of a power of attorney (issue 14, item 5).
 */
export const mandataryCapacities = ['representative', 'legal_representative', 'power_of_attorney'] as const;
export const ZMandataryLink = z.object({
  contactId: z.string().uuid(),
  power: ZText(300).default(''),
  capacity: z.enum(mandataryCapacities).optional(),
});

/** PEP status recorded at identification (loi 18/09/2017 art. 41; definitions in art. 4). */
export const pepStatuses = ['none', 'holder', 'family-member', 'close-associate'] as const;
export const ZPepIdentification = z
  .object({
    status: z.enum(pepStatuses),
    /** The prominent public function (of the person, or of the PEP they are related to). */
    function: ZText(200).default(''),
    country: ZCountry.optional(),
    startDate: ZDate.optional(),
    /** When the function ended: still a PEP for 12 months, then until the officer's assessment ends it. */
    endDate: ZDate.optional(),
  })
  .superRefine((pep, ctx) => {
    if (pep.status === 'none') return;
    if (pep.function === '') ctx.addIssue({ code: 'custom', path: ['function'], message: 'required' });
    if (!pep.country) ctx.addIssue({ code: 'custom', path: ['country'], message: 'required' });
    if (pep.startDate && pep.endDate && pep.endDate < pep.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'before_start' });
    }
  });
export type TPepIdentification = z.infer<typeof ZPepIdentification>;

/** Natural person (law of 18 September 2017 art. 26–27; 2022 regulation, which adds the counterparty). */
export const ZPersonData = z.object({
  kind: z.literal('person'),
  lastName: ZText(100).min(1),
  firstNames: ZText(150).min(1),
  birthDate: ZDate,
  birthPlace: ZText(100).min(1),
  nationalities: z.array(ZCountry).min(1).max(5),
  address: ZAddress,
  /** A second proof of address is required when the identity document shows none or it is doubtful. */
  needsProofOfAddress: z.boolean().default(false),
  idDocument: ZIdDocument,
  nationalNumber: ZText(20).optional(),
  identificationMode: z.enum(identificationModes),
  profession: ZText(150).default(''),
  actsForOwnAccount: z.boolean().default(true),
  beneficialOwners: z.array(ZBeneficialOwnerLink).max(50).default([]),
  /** Absent on versions recorded before the PEP fields existed: read as `none`. */
  pep: ZPepIdentification.optional(),
  /** Legal representatives and holders of a power of attorney, identified and screened (issue 14, item 5). */
  mandataries: z.array(ZMandataryLink).max(20).optional(),
  notes: ZText(2000).default(''),
});
export type TPersonData = z.infer<typeof ZPersonData>;

export const ZIntroducer = z.object({
  name: ZText(200).min(1),
  type: ZText(100).min(1),
  country: ZCountry,
  commitmentDocumentId: z.string().uuid().optional(),
});

/** Legal entity, trust or de-facto association (law of 18 September 2017 art. 26–27; 2022 regulation). */
export const ZEntityData = z.object({
  kind: z.literal('entity'),
  name: ZText(200).min(1),
  entityType: z.enum(entityTypes),
  legalForm: ZText(100).default(''),
  enterpriseNumber: ZText(20).optional(),
  foreignRegistration: z.object({ number: ZText(60).min(1), country: ZCountry }).optional(),
  registeredOffice: ZAddress,
  mainPlaceOfBusiness: ZAddress.optional(),
  administrators: z.array(ZText(200).min(1)).max(50).default([]),
  representationPowers: ZText(2000).default(''),
  publicationReferences: ZText(500).default(''),
  mandataries: z.array(ZMandataryLink).max(50).default([]),
  beneficialOwners: z.array(ZBeneficialOwnerLink).max(100).default([]),
  seniorManagingOfficials: z
    .array(z.object({ contactId: z.string().uuid() }))
    .max(20)
    .default([]),
  introducer: ZIntroducer.optional(),
  notes: ZText(2000).default(''),
});
export type TEntityData = z.infer<typeof ZEntityData>;

export const ZContactData = z.discriminatedUnion('kind', [ZPersonData, ZEntityData]);
export type TContactData = z.infer<typeof ZContactData>;

export const ZContactIdParams = z.object({ contactId: z.string().uuid() });
export const ZContactVersionParams = z.object({
  contactId: z.string().uuid(),
  versionNo: z.coerce.number().int().min(1),
});

export const ZContactListQuery = z.object({
  q: ZText(100).optional(),
  kind: z.enum(['person', 'entity']).optional(),
  status: z.enum(contactStatuses).optional(),
  vigilance: z.enum(vigilanceLevels).optional(),
  reviewDue: z.enum(['true', 'false']).optional(),
  createdBy: z.string().uuid().optional(),
  createdFrom: ZDate.optional(),
  createdTo: ZDate.optional(),
  sort: z.enum(['name', '-name', 'created', '-created']).default('-created'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type TContactListQuery = z.infer<typeof ZContactListQuery>;

export const ZContactSummary = z.object({
  id: z.string(),
  kind: z.enum(['person', 'entity']),
  displayName: z.string(),
  enterpriseNumber: z.string().nullable(),
  city: z.string().nullable(),
  status: z.enum(contactStatuses),
  vigilanceLevel: z.enum(vigilanceLevels).nullable(),
  reviewDueAt: z.string().nullable(),
  currentVersionNo: z.number(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type TContactSummary = z.infer<typeof ZContactSummary>;
export const ZContactListResponse = z.object({
  items: z.array(ZContactSummary),
  /** Counted up to 1,000 matches; `totalCapped` says there are more (the list says "more than 1000"). */
  total: z.number(),
  totalCapped: z.boolean().optional(),
});

export const ZFieldChange = z.object({ path: z.string(), before: z.unknown(), after: z.unknown() });
export type TFieldChange = z.infer<typeof ZFieldChange>;

/** Records how a beneficial owner was verified (issue 14, item 4). */
export const ZBeneficialOwnerVerificationRequest = z
  .object({
    ownerContactId: z.string().uuid(),
    method: z.enum(['document', 'ubo-register']),
    /** For `document`: a document kept in the file of the client or of the owner. */
    documentId: z.string().uuid().optional(),
    /** For `ubo-register`: the client's register extract that lists the owner. */
    uboRegisterExtractId: z.string().uuid().optional(),
    verifiedOn: ZDate,
  })
  .refine((v) => (v.method === 'document' ? !!v.documentId : !!v.uboRegisterExtractId), {
    path: ['documentId'],
    message: 'required',
  });
export type TBeneficialOwnerVerificationRequest = z.infer<typeof ZBeneficialOwnerVerificationRequest>;

export const ZUboListedOwner = z.object({
  name: ZText(200).min(1),
  birthDate: ZDate.nullable().default(null),
});

/** Records a UBO register extract already uploaded as a document (purpose `ubo_register`), item 8. */
export const ZUboRegisterExtractRequest = z.object({
  documentId: z.string().uuid(),
  extractDate: ZDate,
  listedOwners: z.array(ZUboListedOwner).max(100),
});
export type TUboRegisterExtractRequest = z.infer<typeof ZUboRegisterExtractRequest>;

/** Records the discrepancy report the agency made about an extract (item 8). */
export const ZUboDiscrepancyReportRequest = z.object({
  extractId: z.string().uuid(),
  reportedOn: ZDate,
  reference: ZText(200).default(''),
  note: ZText(2000).default(''),
});
export type TUboDiscrepancyReportRequest = z.infer<typeof ZUboDiscrepancyReportRequest>;

const ZRecordedBy = z.object({ recordedByName: z.string().nullable(), createdAt: z.string() });

/** What due diligence of a contact still lacks and how its beneficial owners were verified (items 4 and 8). */
export const ZDueDiligence = z.object({
  /** Mandatory identification fields missing (codes of `MANDATORY_IDENTIFICATION_FIELDS`). */
  missingData: z.array(z.string()),
  /** The beneficial owners to verify (for an entity: those qualifying, else the senior managing officials). */
  beneficialOwners: z.array(
    z.object({
      contactId: z.string(),
      displayName: z.string(),
      birthDate: z.string().nullable(),
      verification: z
        .object({
          method: z.enum(['document', 'ubo-register']),
          documentId: z.string().nullable(),
          documentName: z.string().nullable(),
          uboRegisterExtractId: z.string().nullable(),
          verifiedOn: z.string(),
          verifiedByName: z.string().nullable(),
          createdAt: z.string(),
        })
        .nullable(),
    }),
  ),
  uboRegister: z
    .object({
      extracts: z.array(
        ZRecordedBy.extend({
          id: z.string(),
          documentId: z.string(),
          documentName: z.string().nullable(),
          extractDate: z.string(),
          listedOwners: z.array(z.object({ name: z.string(), birthDate: z.string().nullable() })),
        }),
      ),
      /** The latest extract compared with the recorded beneficial owners; null without an extract. */
      comparison: z
        .object({
          extractId: z.string(),
          differs: z.boolean(),
          onlyRecorded: z.array(z.object({ contactId: z.string(), displayName: z.string() })),
          onlyInRegister: z.array(z.object({ name: z.string(), birthDate: z.string().nullable() })),
        })
        .nullable(),
      discrepancyReports: z.array(
        ZRecordedBy.extend({
          id: z.string(),
          extractId: z.string(),
          reportedOn: z.string(),
          reference: z.string(),
          note: z.string(),
        }),
      ),
    })
    .nullable(),
});
export type TDueDiligence = z.infer<typeof ZDueDiligence>;

export const ZOwnershipResult = z.object({
  contactId: z.string(),
  displayName: z.string(),
  effectivePct: z.number(),
  hasControl: z.boolean(),
  isBeneficialOwner: z.boolean(),
});
export type TOwnershipResult = z.infer<typeof ZOwnershipResult>;

/**
 * Where a version's data came from, when not only from what the collaborator typed: the KBO/BCE extract
 * an entity was filled in from (its number and date) and the data the extract gave, kept as it was then.
 */
export const ZContactVersionSource = z.object({
  kind: z.literal('kbo'),
  enterpriseNumber: z.string(),
  extractNumber: z.string().nullable(),
  /** The extract's snapshot date (ISO), the date the source line shows. */
  snapshotDate: z.string().nullable(),
  importedAt: z.string().nullable(),
  data: ZKboEnterprise.pick({
    name: true,
    juridicalForm: true,
    status: true,
    juridicalSituation: true,
    startDate: true,
    address: true,
    riskFacts: true,
    proposedFactor: true,
  }),
});
export type TContactVersionSource = z.infer<typeof ZContactVersionSource>;

/** `?source=kbo` on a save: the entity was filled in from the KBO, so the version keeps the extract. */
export const ZContactSaveQuery = z.object({ source: z.literal('kbo').optional() });

export const ZContactVersion = z.object({
  id: z.string(),
  versionNo: z.number(),
  data: ZContactData,
  changes: z.array(ZFieldChange),
  /** Null when the version holds only what was typed. */
  source: ZContactVersionSource.nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type TContactVersion = z.infer<typeof ZContactVersion>;

/** The officer's documented assessment ending a former PEP's heightened vigilance (loi art. 41). */
export const ZPepAssessment = z.object({
  functionEndDate: z.string(),
  assessment: z.string(),
  assessedByName: z.string().nullable(),
  assessedAt: z.string(),
});
export const ZPepStandingView = z.object({
  standing: z.enum(['not-pep', 'in-office', 'left-within-12-months', 'left-over-12-months', 'risk-ended']),
  /** First day the officer may end heightened vigilance (12 months after the end of the function). */
  assessableFrom: z.string().nullable(),
  assessment: ZPepAssessment.nullable(),
});
export type TPepStandingView = z.infer<typeof ZPepStandingView>;
export const ZPepAssessmentRequest = z.object({ assessment: z.string().trim().min(1).max(4000) });

export const ZContactDetail = ZContactSummary.extend({
  current: ZContactVersion,
  versions: z.array(
    ZContactVersion.pick({
      versionNo: true,
      createdAt: true,
      createdByName: true,
      changes: true,
      source: true,
    }),
  ),
  /** Flags computed from the current version: expired identity document, beneficial owners, etc. */
  flags: z.array(z.string()),
  ownership: z.array(ZOwnershipResult).optional(),
  seniorManagingOfficialsRequired: z.boolean().optional(),
  linkedContacts: z.array(
    z.object({ id: z.string(), displayName: z.string(), kind: z.enum(['person', 'entity']) }),
  ),
  /** For a person recorded as PEP: where the PEP stands today and the officer's assessment, if any. */
  pepStanding: ZPepStandingView.optional(),
  /** Items 4 and 8 of issue 14: missing data, beneficial owners' verification, UBO register. */
  dueDiligence: ZDueDiligence,
});
export type TContactDetail = z.infer<typeof ZContactDetail>;
