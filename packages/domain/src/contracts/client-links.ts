import { z } from 'zod';
import {
  CLIENT_LINK_DEFAULT_DAYS,
  CLIENT_LINK_MAX_DAYS,
  clientLinkStatuses,
} from '../client-links/client-link-rules.ts';
import { ZContactData } from './contacts.ts';

/** API contracts of the client's own identification link (B5). */

export const ZCreateClientLinkRequest = z.object({
  kind: z.enum(['person', 'entity']),
  /** An existing contact to update; omitted for a new contact. */
  contactId: z.string().uuid().optional(),
  language: z.enum(['fr', 'nl', 'en']),
  expiresInDays: z.number().int().min(1).max(CLIENT_LINK_MAX_DAYS).default(CLIENT_LINK_DEFAULT_DAYS),
});
export type TCreateClientLinkRequest = z.infer<typeof ZCreateClientLinkRequest>;

export const ZClientLink = z.object({
  id: z.string(),
  kind: z.enum(['person', 'entity']),
  contactId: z.string().nullable(),
  language: z.enum(['fr', 'nl', 'en']),
  status: z.enum(clientLinkStatuses),
  isExpired: z.boolean(),
  expiresAt: z.string(),
  openedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
  createdAt: z.string(),
});
export type TClientLink = z.infer<typeof ZClientLink>;

/** The token is shown once, in this answer: only its hash is stored. */
export const ZCreateClientLinkResponse = z.object({ link: ZClientLink, url: z.string() });
export const ZClientLinksResponse = z.object({ items: z.array(ZClientLink) });
export const ZClientLinkIdParams = z.object({ clientLinkId: z.string().uuid() });

/** The client's sworn statement: name, date and the tick that the data are true and complete. */
export const ZClientConfirmation = z.object({
  name: z.string().trim().min(1).max(200),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  isTrueAndComplete: z.literal(true),
});
export const ZClientSubmission = z.object({ data: ZContactData, confirmation: ZClientConfirmation });
export type TClientSubmission = z.infer<typeof ZClientSubmission>;

/** The review: the submission beside the contact's current data (absent for a new contact). */
export const ZClientLinkReview = z.object({
  link: ZClientLink,
  submission: ZClientSubmission.nullable(),
  current: ZContactData.optional(),
});

export const ZReviewClientLinkRequest = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('accept') }),
  z.object({ decision: z.literal('return'), comment: z.string().trim().min(1).max(2000) }),
]);
export type TReviewClientLinkRequest = z.infer<typeof ZReviewClientLinkRequest>;

/* The client's side: no account, the token in the path. Only the agency's name is shown. */

export const ZClientTokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });
export const ZPublicClientLink = z.object({
  agencyName: z.string(),
  kind: z.enum(['person', 'entity']),
  language: z.enum(['fr', 'nl', 'en']),
  /** The agency's comment when it sent the submission back. */
  returnComment: z.string().nullable(),
  expiresAt: z.string(),
});
export type TPublicClientLink = z.infer<typeof ZPublicClientLink>;
