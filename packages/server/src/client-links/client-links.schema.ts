import type { TClientLinkStatus } from '@vigilo/domain/client-links/client-link-rules.ts';
import type { TClientSubmission } from '@vigilo/domain/contracts/client-links.ts';
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';
import { contacts } from '../contacts/contacts.schema.ts';
import { organisations } from '../organisations/organisations.schema.ts';

/**
 * A link a collaborator sends a client to identify themselves (B5). Only the SHA-256 of the token is
 * stored: a database reader cannot open the client's page. The submission waits here until the agency
 * accepts it into a contact version (then screened as usual) or sends it back with a comment.
 */
export const clientLinks = pgTable(
  'client_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The contact to update; null for a new contact until the submission is accepted. */
    contactId: uuid('contact_id').references(() => contacts.id),
    kind: text('kind', { enum: ['person', 'entity'] }).notNull(),
    language: text('language', { enum: ['fr', 'nl', 'en'] }).notNull(),
    tokenHash: text('token_hash').notNull(),
    status: text('status').$type<TClientLinkStatus>().notNull().default('open'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submission: jsonb('submission').$type<TClientSubmission>(),
    reviewComment: text('review_comment'),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('client_links_token_hash_key').on(t.tokenHash),
    index('client_links_org_created_idx').on(t.organisationId, t.createdAt),
  ],
);
