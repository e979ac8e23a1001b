import { z } from 'zod';
import { ZIsoDate } from './common.ts';

const ZDate = ZIsoDate;
const ZReason = z.string().trim().min(1).max(1000);

/**
 * What the audit viewer filters on. `declaration` is every decision on a case (risk profile or
 * transaction): the declarations to the AML officer, the reports to CTIF and their answers.
 */
export const auditSubjectFilters = [
  'contact',
  'transaction',
  'declaration',
  'member',
  'wallet',
  'document',
  'risk_profile',
  'organisation',
  'policy',
] as const;
export type TAuditSubjectFilter = (typeof auditSubjectFilters)[number];

export const ZAuditListQuery = z.object({
  subject: z.enum(auditSubjectFilters).optional(),
  subjectId: z.string().trim().max(100).optional(),
  actorUserId: z.string().uuid().optional(),
  action: z.string().trim().max(100).optional(),
  from: ZDate.optional(),
  to: ZDate.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TAuditListQuery = z.infer<typeof ZAuditListQuery>;

/** Where the web app can show an event's subject. */
export const auditLinkKinds = [
  'contact',
  'transaction',
  'risk_profile',
  'member',
  'wallet',
  'organisation',
  'policy',
] as const;
export const ZAuditLink = z.object({ kind: z.enum(auditLinkKinds), id: z.string().nullable() });
export type TAuditLink = z.infer<typeof ZAuditLink>;

export const ZAuditEvent = z.object({
  id: z.number().int(),
  createdAt: z.string(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable(),
  ip: z.string().nullable(),
  /** null once a retention purge erased it (`redactedAt` says when). */
  payload: z.record(z.string(), z.unknown()).nullable(),
  redactedAt: z.string().nullable(),
  hash: z.string(),
  link: ZAuditLink.nullable(),
});
export type TAuditEvent = z.infer<typeof ZAuditEvent>;

export const ZAuditListResponse = z.object({
  items: z.array(ZAuditEvent),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TAuditListResponse = z.infer<typeof ZAuditListResponse>;

export const ZAuditFacets = z.object({
  actions: z.array(z.string()),
  users: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type TAuditFacets = z.infer<typeof ZAuditFacets>;

export const ZSubjectHistoryResponse = z.object({ items: z.array(ZAuditEvent), truncated: z.boolean() });
export type TSubjectHistoryResponse = z.infer<typeof ZSubjectHistoryResponse>;

export const ZChainVerification = z.object({
  ok: z.boolean(),
  events: z.number().int(),
  brokenAt: z.object({ id: z.number().int(), reason: z.string() }).nullable(),
  headHash: z.string().nullable(),
  verifiedAt: z.string(),
});
export type TChainVerification = z.infer<typeof ZChainVerification>;

export const ZExportPeriodQuery = z
  .object({ from: ZDate, to: ZDate })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'must_be_after_from' });

export const ZLegalHold = z.object({
  id: z.string(),
  reason: z.string(),
  reference: z.string(),
  placedAt: z.string(),
  placedByName: z.string().nullable(),
  releasedAt: z.string().nullable(),
  releasedByName: z.string().nullable(),
  releaseReason: z.string().nullable(),
});
export type TLegalHold = z.infer<typeof ZLegalHold>;

/**
 * Where a contact stands in its retention clock: `open` (relationship running), `proposed` (an end was
 * proposed after inactivity and awaits a user), `ended` (purge date known), `held` (a legal hold
 * suspends the purge whatever the date).
 */
export const retentionStates = ['open', 'proposed', 'ended', 'held'] as const;
export const ZContactRetention = z.object({
  contactId: z.string(),
  displayName: z.string(),
  kind: z.enum(['person', 'entity']),
  state: z.enum(retentionStates),
  endedOn: z.string().nullable(),
  endSource: z.enum(['user', 'inactivity']).nullable(),
  endReason: z.string().nullable(),
  purgeDueOn: z.string().nullable(),
  extendedUntil: z.string().nullable(),
  extensionReason: z.string().nullable(),
  proposedAt: z.string().nullable(),
  lastActivityAt: z.string().nullable(),
  /** null in lists (only the contact's own view counts them). */
  openTransactions: z.number().int().nullable(),
  holds: z.array(ZLegalHold),
});
export type TContactRetention = z.infer<typeof ZContactRetention>;

export const retentionListFilters = ['upcoming', 'proposals', 'held', 'all'] as const;
export const ZRetentionListQuery = z.object({
  filter: z.enum(retentionListFilters).default('upcoming'),
  /** `upcoming`: purges due within this many days (overdue ones included). */
  withinDays: z.coerce.number().int().min(1).max(36_500).default(365),
});
export type TRetentionListQuery = z.infer<typeof ZRetentionListQuery>;

export const ZRetentionListResponse = z.object({
  items: z.array(ZContactRetention),
  retentionYears: z.number().int(),
  inactivityMonths: z.number().int(),
});
export type TRetentionListResponse = z.infer<typeof ZRetentionListResponse>;

export const ZEndRelationshipRequest = z.object({
  endedOn: ZDate,
  reason: z.string().trim().max(1000).default(''),
});
export const ZReasonRequest = z.object({ reason: ZReason });
export const ZExtendRetentionRequest = z.object({ until: ZDate, reason: ZReason });
export const ZPlaceLegalHoldRequest = z.object({
  reason: ZReason,
  reference: z.string().trim().max(200).default(''),
});
export const ZLegalHoldIdParams = z.object({ holdId: z.string().uuid() });
