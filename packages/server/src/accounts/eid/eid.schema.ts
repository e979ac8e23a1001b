import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts.schema.ts';

/**
 * The eID identity linked to an account (M1b). One identity per account and one account per identity:
 * both the provider's subject and the national register number are unique. The national number itself
 * is not kept, only its HMAC keyed with the session secret (enough to recognise the person again).
 */
export const eidIdentities = pgTable(
  'eid_identities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    nationalNumberHash: text('national_number_hash').notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    sex: text('sex', { enum: ['male', 'female'] }),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('eid_identities_user_key').on(t.userId),
    uniqueIndex('eid_identities_subject_key').on(t.issuer, t.subject),
    uniqueIndex('eid_identities_national_number_key').on(t.nationalNumberHash),
  ],
);

/**
 * An authentication under way at the identity provider: the state (stored as its SHA-256), the nonce and
 * the PKCE verifier, shared by every instance so the callback may land on any of them. Single use.
 */
export const eidLoginStates = pgTable(
  'eid_login_states',
  {
    id: text('id').primaryKey(),
    purpose: text('purpose', { enum: ['link', 'login'] }).notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('eid_login_states_expires_idx').on(t.expiresAt)],
);
