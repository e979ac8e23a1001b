import { bigint, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { rowsFromJson } from './rows-from-json.ts';

const sample = pgTable('sample', {
  id: uuid('id').primaryKey(),
  amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  note: text('note'),
  facts: jsonb('facts').$type<{ a: number }>(),
});

describe('rowsFromJson', () => {
  it('maps each column as a select would: property names, dates, numbers, nulls and nested JSON', () => {
    const [row] = rowsFromJson(sample, [
      {
        id: '00000000-0000-4000-8000-000000000001',
        amount_cents: 1210,
        created_at: '2026-12-05T23:55:00.123456+01:00',
        note: null,
        facts: { a: 1 },
      },
    ]);
    expect(row).toEqual({
      id: '00000000-0000-4000-8000-000000000001',
      amountCents: 1210,
      createdAt: new Date('2026-12-05T22:55:00.123Z'),
      note: null,
      facts: { a: 1 },
    });
  });

  it('gives no rows for an empty page', () => {
    expect(rowsFromJson(sample, [])).toEqual([]);
  });
});
