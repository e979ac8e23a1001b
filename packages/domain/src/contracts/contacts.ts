import { z } from 'zod';
import { ZIsoDate } from './common.ts';

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
export const ZMandataryLink = z.object({ contactId: z.string().uuid(), power: ZText(300).default('') });

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
export const ZContactListResponse = z.object({ items: z.array(ZContactSummary), total: z.number() });

export const ZFieldChange = z.object({ path: z.string(), before: z.unknown(), after: z.unknown() });
export type TFieldChange = z.infer<typeof ZFieldChange>;

export const ZOwnershipResult = z.object({
  contactId: z.string(),
  displayName: z.string(),
  effectivePct: z.number(),
  hasControl: z.boolean(),
  isBeneficialOwner: z.boolean(),
});
export type TOwnershipResult = z.infer<typeof ZOwnershipResult>;

export const ZContactVersion = z.object({
  id: z.string(),
  versionNo: z.number(),
  data: ZContactData,
  changes: z.array(ZFieldChange),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type TContactVersion = z.infer<typeof ZContactVersion>;

export const ZContactDetail = ZContactSummary.extend({
  current: ZContactVersion,
  versions: z.array(
    ZContactVersion.pick({ versionNo: true, createdAt: true, createdByName: true, changes: true }),
  ),
  /** Flags computed from the current version: expired identity document, beneficial owners, etc. */
  flags: z.array(z.string()),
  ownership: z.array(ZOwnershipResult).optional(),
  seniorManagingOfficialsRequired: z.boolean().optional(),
  linkedContacts: z.array(
    z.object({ id: z.string(), displayName: z.string(), kind: z.enum(['person', 'entity']) }),
  ),
});
export type TContactDetail = z.infer<typeof ZContactDetail>;
