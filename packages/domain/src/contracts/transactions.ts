import { z } from 'zod';
import { PARTY_SIDES, TRANSACTION_TYPES } from '../transactions/index.ts';
import { ZIsoDate } from './common.ts';
import { ZAddress } from './contacts.ts';
import {
  ZAcceptanceBlockers,
  ZAnswers,
  ZCaseEvent,
  ZCaseMeasures,
  ZDecisionStatus,
  ZVigilanceResult,
} from './risk.ts';

/**
 * Brokerage operations of a real-estate agent (law of 18/09/2017 art. 5 §1, 27°, and the regulation's
 * definition of client): sale, purchase, and rentals of €10,000 or more a month.
 */
export const transactionTypes = TRANSACTION_TYPES;
export const partyRoles = ['client', 'counterparty'] as const;
/** Seller / buyer of a sale, landlord / tenant of a rental (required for a rental). */
export const partySides = PARTY_SIDES;

export const ZTransactionParty = z.object({
  contactId: z.string().uuid(),
  role: z.enum(partyRoles),
  side: z.enum(partySides).optional(),
});

/**
 * When the agreements were signed (issue 14, item 10): the brokerage agreement with the client, and the
 * accepted offer / sale agreement (or lease) with the counterparty. Unknown dates are null.
 */
export const ZTransactionDates = z.object({
  brokerageAgreementDate: ZIsoDate.nullable(),
  agreementDate: ZIsoDate.nullable(),
});
export type TTransactionDates = z.infer<typeof ZTransactionDates>;

export const ZCreateTransactionRequest = z.object({
  reference: z.string().trim().min(1).max(60),
  type: z.enum(transactionTypes),
  propertyAddress: ZAddress,
  /** The price of a sale, the monthly rent of a rental. */
  priceCents: z.number().int().min(0).max(100_000_000_000),
  brokerageAgreementDate: ZIsoDate.nullable().optional(),
  agreementDate: ZIsoDate.nullable().optional(),
  parties: z
    .array(ZTransactionParty)
    .min(2)
    .max(20)
    .refine((p) => p.some((x) => x.role === 'client') && p.some((x) => x.role === 'counterparty'), {
      message: 'one client and one counterparty at least',
    })
    .refine((p) => new Set(p.map((x) => x.contactId)).size === p.length, {
      message: 'a contact appears twice',
    }),
});
export type TCreateTransactionRequest = z.infer<typeof ZCreateTransactionRequest>;

export const ZTransactionIdParams = z.object({ transactionId: z.string().uuid() });
export const ZPayRequest = z.object({ idempotencyKey: z.string().trim().min(8).max(100) });

export const ZTransactionListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  status: ZDecisionStatus.optional(),
  vigilance: z.enum(['normal', 'heightened']).optional(),
  createdBy: z.string().uuid().optional(),
  createdFrom: ZIsoDate.optional(),
  createdTo: ZIsoDate.optional(),
  sort: z.enum(['reference', '-reference', 'created', '-created']).default('-created'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type TTransactionListQuery = z.infer<typeof ZTransactionListQuery>;

export const ZTransactionPartyView = z.object({
  contactId: z.string(),
  contactVersionNo: z.number(),
  displayName: z.string(),
  kind: z.enum(['person', 'entity']),
  role: z.enum(partyRoles),
  side: z.enum(partySides).nullable(),
  /** The day the contact was first identified in the agency's file (Brussels calendar day). */
  identifiedOn: ZIsoDate,
  riskProfileId: z.string(),
  level: z.enum(['normal', 'heightened']).nullable(),
});

/** A party identified after the agreement it had to precede (client: brokerage; counterparty: offer / sale). */
export const ZLateIdentification = z.object({
  contactId: z.string(),
  displayName: z.string(),
  role: z.enum(partyRoles),
  identifiedOn: ZIsoDate,
  deadline: z.enum(['brokerage-agreement', 'agreement']),
  deadlineDate: ZIsoDate,
  daysLate: z.number().int(),
});

export const ZTransactionSummary = z.object({
  id: z.string(),
  reference: z.string(),
  type: z.enum(transactionTypes),
  propertyAddress: ZAddress,
  priceCents: z.number(),
  status: ZDecisionStatus,
  vigilanceLevel: z.enum(['normal', 'heightened']).nullable(),
  partyNames: z.array(z.string()),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type TTransactionSummary = z.infer<typeof ZTransactionSummary>;
export const ZTransactionListResponse = z.object({
  items: z.array(ZTransactionSummary),
  /** Counted up to 1,000 matches; `totalCapped` says there are more (the list says "more than 1000"). */
  total: z.number(),
  totalCapped: z.boolean().optional(),
});

export const ZTransactionDetail = ZTransactionSummary.extend({
  parties: z.array(ZTransactionPartyView),
  brokerageAgreementDate: ZIsoDate.nullable(),
  agreementDate: ZIsoDate.nullable(),
  lateIdentifications: z.array(ZLateIdentification),
  answers: ZAnswers,
  questions: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      labelKey: z.string(),
      helpKey: z.string().optional(),
      labelText: z.object({ fr: z.string(), nl: z.string(), en: z.string() }).optional(),
      options: z.array(z.object({ value: z.string(), labelKey: z.string() })).optional(),
      required: z.boolean(),
    }),
  ),
  result: ZVigilanceResult.nullable(),
  payment: z
    .object({
      kind: z.enum(['wallet', 'subscription']),
      amountInclVatCents: z.number().nullable(),
      paidAt: z.string(),
    })
    .nullable(),
  reportDocumentId: z.string().nullable(),
  awaiting: z.enum(['collaborator', 'officer', 'ctif']).nullable(),
  blockers: ZAcceptanceBlockers,
  timeline: z.array(ZCaseEvent),
  /** Enhanced measures recorded on a heightened transaction (issue 14, item 12). */
  caseMeasures: ZCaseMeasures.optional(),
});
export type TTransactionDetail = z.infer<typeof ZTransactionDetail>;

export const ZPartyCandidatesQuery = z.object({ q: z.string().trim().max(100).default('') });
export const ZPartyCandidate = z.object({
  contactId: z.string(),
  displayName: z.string(),
  kind: z.enum(['person', 'entity']),
  currentVersionNo: z.number(),
  eligible: z.boolean(),
  /** Why a contact is greyed out: no accepted profile for its current version, version already used, blocked. */
  reason: z.enum(['no_accepted_profile', 'version_already_used', 'blocked']).nullable(),
});
export const ZPartyCandidatesResponse = z.object({ items: z.array(ZPartyCandidate) });
