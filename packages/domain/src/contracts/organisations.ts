import { z } from 'zod';

export const toolRoles = ['none', 'collaborator', 'officer'] as const;
export const ZToolRole = z.enum(toolRoles);
export type TToolRole = z.infer<typeof ZToolRole>;

const ZText = (max: number) => z.string().trim().max(max);
const ZOptionalEmail = z.union([z.literal(''), z.string().trim().toLowerCase().email().max(254)]);

/** Organisation data a manager enters; the enterprise number is validated by the domain (mod 97). */
export const ZOrganisationDetails = z.object({
  name: ZText(200).min(1),
  legalForm: ZText(100),
  street: ZText(200),
  postalCode: ZText(20),
  city: ZText(100),
  country: z.string().trim().toUpperCase().length(2).default('BE'),
  vatNumber: ZText(30).optional(),
  bivNumber: ZText(30).optional(),
  email: ZOptionalEmail.optional(),
  phone: ZText(40).optional(),
});

export const ZCreateOrganisationRequest = ZOrganisationDetails.extend({
  enterpriseNumber: z.string().trim().min(1).max(20),
  jobTitle: ZText(100).optional(),
});
export type TCreateOrganisationRequest = z.infer<typeof ZCreateOrganisationRequest>;

/** eID settings of an organisation (M1b), changed by managers; they apply when eID is configured. */
export const ZOrganisationEidSettings = z.object({
  /** Tool routes need a session opened with eID. */
  requireEidForTool: z.boolean(),
  /** Only members with a linked eID can be granted (or claim) the AML officer role. */
  officerRequiresEid: z.boolean(),
});

export const ZUpdateOrganisationRequest = ZOrganisationDetails.partial().extend(
  ZOrganisationEidSettings.partial().shape,
);
export type TUpdateOrganisationRequest = z.infer<typeof ZUpdateOrganisationRequest>;

export const ZJoinOrganisationRequest = z.object({
  enterpriseNumber: z.string().trim().min(1).max(20),
  jobTitle: ZText(100).optional(),
  contactEmail: ZOptionalEmail.optional(),
  phone: ZText(40).optional(),
});

export const ZSetActiveOrganisationRequest = z.object({ organisationId: z.string().uuid() });

export const ZOrganisation = z.object({
  id: z.string(),
  enterpriseNumber: z.string(),
  enterpriseNumberFormatted: z.string(),
  name: z.string(),
  legalForm: z.string(),
  street: z.string(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string(),
  vatNumber: z.string().nullable(),
  bivNumber: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  isAllowed: z.boolean(),
  hasOfficer: z.boolean(),
  requireEidForTool: z.boolean(),
  officerRequiresEid: z.boolean(),
});
export type TOrganisation = z.infer<typeof ZOrganisation>;

export const ZMyMembership = z.object({
  membershipId: z.string(),
  status: z.enum(['pending', 'active']),
  isManager: z.boolean(),
  toolRole: ZToolRole,
  mayBecomeOfficer: z.boolean(),
  organisation: ZOrganisation,
  /** Members waiting for confirmation; only counted for managers (the orange badge). */
  pendingMembers: z.number(),
});
export type TMyMembership = z.infer<typeof ZMyMembership>;
export const ZMyOrganisationsResponse = z.object({
  activeOrganisationId: z.string().nullable(),
  memberships: z.array(ZMyMembership),
});
export type TMyOrganisationsResponse = z.infer<typeof ZMyOrganisationsResponse>;

export const ZMember = z.object({
  id: z.string(),
  userId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  username: z.string(),
  email: z.string(),
  status: z.enum(['pending', 'active']),
  isManager: z.boolean(),
  toolRole: ZToolRole,
  mayBecomeOfficer: z.boolean(),
  jobTitle: z.string(),
  contactEmail: z.string().nullable(),
  phone: z.string().nullable(),
  hasRequiredRecognition: z.boolean(),
  createdAt: z.string(),
});
export type TMember = z.infer<typeof ZMember>;
export const ZMembersResponse = z.object({ members: z.array(ZMember) });

export const ZMemberIdParams = z.object({ memberId: z.string().uuid() });

export const ZUpdateMemberRequest = z.object({
  isManager: z.boolean().optional(),
  toolRole: ZToolRole.optional(),
  mayBecomeOfficer: z.boolean().optional(),
  jobTitle: ZText(100).optional(),
  contactEmail: ZOptionalEmail.optional(),
  phone: ZText(40).optional(),
});
export type TUpdateMemberRequest = z.infer<typeof ZUpdateMemberRequest>;

export const ZConfirmMemberRequest = ZUpdateMemberRequest.omit({ toolRole: true });

export const ZStepDownRequest = z.object({ to: z.enum(['collaborator', 'none']) });

/** What the AML pages need to know before showing anything. */
export const ZAmlStatus = z.object({
  isAllowed: z.boolean(),
  hasOfficer: z.boolean(),
  myToolRole: ZToolRole,
  canBecomeOfficer: z.boolean(),
  hasRequiredRecognition: z.boolean(),
});
export type TAmlStatus = z.infer<typeof ZAmlStatus>;

export const ZActivityQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export const ZActivityEvent = z.object({
  id: z.number(),
  action: z.string(),
  actorName: z.string().nullable(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.string(),
});
export const ZActivityResponse = z.object({ events: z.array(ZActivityEvent), total: z.number() });
export type TActivityResponse = z.infer<typeof ZActivityResponse>;
