import { PGlite } from '@electric-sql/pglite';
import { eq, sql } from 'drizzle-orm';
import { bigint, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { tableRowMapperOf, withCompiledRowMapping } from './compiled-row-mapping.ts';

const people = pgTable('people', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  nickname: text('nickname'),
  savedCents: bigint('saved_cents', { mode: 'number' }).notNull(),
  bornAt: timestamp('born_at', { withTimezone: true }).notNull(),
});
const pets = pgTable('pets', { ownerId: uuid('owner_id').notNull(), name: text('name').notNull() });

const client = new PGlite();
const db = drizzle(client);
afterAll(() => client.close());

describe('withCompiledRowMapping', () => {
  it('maps a prepared select exactly as Drizzle does: nesting, dates, numbers, nulls, SQL fields', async () => {
    await client.exec(`create table people (id uuid primary key, name text not null, nickname text,
      saved_cents bigint not null, born_at timestamptz not null);
      create table pets (owner_id uuid not null, name text not null);
      insert into people values ('00000000-0000-4000-8000-000000000001', 'Ann', null, 123456789012, '1990-05-01T10:00:00Z'),
                                ('00000000-0000-4000-8000-000000000002', 'Bob', 'B', 0, '2001-01-31T23:30:00+01:00');`);
    const select = () =>
      db
        .select({
          person: { id: people.id, name: people.name, nickname: people.nickname },
          savedCents: people.savedCents,
          bornAt: people.bornAt,
          doubled: sql<number>`${people.savedCents} * 2`.mapWith(Number),
          label: sql<string>`upper(${people.name})`,
        })
        .from(people)
        .orderBy(people.name);
    const byDrizzle = await select().prepare('by_drizzle').execute();
    const compiled = withCompiledRowMapping(select().prepare('compiled'));
    expect((compiled as unknown as { customResultMapper?: unknown }).customResultMapper).toBeTypeOf(
      'function',
    );
    const rows = await compiled.execute();
    expect(rows).toEqual(byDrizzle);
    expect(rows[0]).toEqual({
      person: { id: '00000000-0000-4000-8000-000000000001', name: 'Ann', nickname: null },
      savedCents: 123456789012,
      bornAt: new Date('1990-05-01T10:00:00Z'),
      doubled: 246913578024,
      label: 'ANN',
    });
  });

  it("leaves an outer join to Drizzle, which turns a missing joined row's object into null", async () => {
    const statement = withCompiledRowMapping(
      db
        .select({ name: people.name, pet: { name: pets.name } })
        .from(people)
        .leftJoin(pets, eq(pets.ownerId, people.id))
        .orderBy(people.name)
        .prepare('outer_join'),
    );
    expect((statement as unknown as { customResultMapper?: unknown }).customResultMapper).toBeUndefined();
    expect(await statement.execute()).toEqual([
      { name: 'Ann', pet: null },
      { name: 'Bob', pet: null },
    ]);
  });
});

describe('tableRowMapperOf', () => {
  it("maps a page that rode as a JSON array of arrays exactly as the table's select does", async () => {
    // The 'people' rows of the first test, read both ways.
    const bySelect = await db.select().from(people).orderBy(people.name);
    const [found] = await db
      .execute<{ page: unknown[][] }>(
        sql`select json_agg(json_build_array(id, name, nickname, saved_cents, born_at) order by name) as page from people`,
      )
      .then((result) => result.rows);
    expect(found!.page.map(tableRowMapperOf(people))).toEqual(bySelect);
  });

  it('decodes each value as its column does: dates with microseconds and an offset, numbers, nulls, JSON', () => {
    const sample = pgTable('sample', {
      id: uuid('id').primaryKey(),
      amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
      createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
      note: text('note'),
      facts: jsonb('facts').$type<{ a: number }>(),
    });
    const mapRow = tableRowMapperOf(sample);
    expect(
      mapRow([
        '00000000-0000-4000-8000-000000000001',
        1210,
        '2026-12-05T23:55:00.123456+01:00',
        null,
        { a: 1 },
      ]),
    ).toEqual({
      id: '00000000-0000-4000-8000-000000000001',
      amountCents: 1210,
      createdAt: new Date('2026-12-05T22:55:00.123Z'),
      note: null,
      facts: { a: 1 },
    });
  });
});
