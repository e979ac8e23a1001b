import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only audit trail. Each row carries the hash of the previous row of the same chain (one chain
 * per organisation, plus the platform chain where organisation_id is null). The row hash covers the
 * payload through payload_hash only, so a retention purge can erase `payload` and the chain still verifies.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    chain: text('chain').notNull(),
    organisationId: uuid('organisation_id'),
    actorUserId: uuid('actor_user_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id'),
    payload: jsonb('payload'),
    payloadHash: text('payload_hash').notNull(),
    ip: text('ip'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /**
     * Set when a retention purge erased `payload` (the purge event lists the ids it redacted); a payload
     * missing without this mark, or without that purge event, fails verification.
     */
    redactedAt: timestamp('redacted_at', { withTimezone: true }),
  },
  (t) => [
    index('audit_events_chain_idx').on(t.chain, t.id),
    index('audit_events_org_idx').on(t.organisationId, t.createdAt),
    index('audit_events_subject_idx').on(t.subjectType, t.subjectId),
  ],
);
