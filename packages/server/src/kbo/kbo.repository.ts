import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { TDb } from '../db/client.ts';
import {
  kboActivities,
  kboAddresses,
  kboCodes,
  kboDenominations,
  kboEnterprises,
  kboImportRuns,
} from './kbo.schema.ts';

export type TKboTx = Parameters<Parameters<TDb['transaction']>[0]>[0];
export type TKboRun = typeof kboImportRuns.$inferSelect;

/** The data tables of an extract file, by the file's base name (`enterprise` for enterprise.csv). */
export const kboTables = {
  code: kboCodes,
  enterprise: kboEnterprises,
  denomination: kboDenominations,
  address: kboAddresses,
  activity: kboActivities,
} as const;
export type TKboTable = keyof typeof kboTables;

export async function findResumableRun(db: TDb, sha256: string): Promise<TKboRun | null> {
  const [run] = await db
    .select()
    .from(kboImportRuns)
    .where(and(eq(kboImportRuns.fileSha256, sha256), inArray(kboImportRuns.status, ['running', 'failed'])))
    .orderBy(desc(kboImportRuns.startedAt))
    .limit(1);
  return run ?? null;
}

export async function insertRun(
  tx: TKboTx | TDb,
  values: Pick<TKboRun, 'fileName' | 'fileSha256' | 'extractType' | 'extractNumber' | 'snapshotDate'>,
): Promise<TKboRun> {
  const [run] = await tx.insert(kboImportRuns).values(values).returning();
  return run!;
}

export async function updateRun(
  tx: TKboTx | TDb,
  id: string,
  values: Partial<Omit<TKboRun, 'id'>>,
): Promise<void> {
  await tx
    .update(kboImportRuns)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(kboImportRuns.id, id));
}

/** A full extract replaces everything: the data tables are emptied in the run's first transaction. */
export async function clearData(tx: TKboTx): Promise<void> {
  for (const table of Object.values(kboTables)) await tx.delete(table);
}

export async function insertRows(
  tx: TKboTx,
  table: TKboTable,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  if (table === 'code') {
    await tx
      .insert(kboCodes)
      .values(rows as (typeof kboCodes.$inferInsert)[])
      .onConflictDoUpdate({
        target: [kboCodes.category, kboCodes.code, kboCodes.language],
        set: { description: sql`excluded.description` },
      });
  } else if (table === 'enterprise') {
    await tx
      .insert(kboEnterprises)
      .values(rows as (typeof kboEnterprises.$inferInsert)[])
      .onConflictDoUpdate({
        target: kboEnterprises.enterpriseNumber,
        set: {
          status: sql`excluded.status`,
          juridicalSituation: sql`excluded.juridical_situation`,
          typeOfEnterprise: sql`excluded.type_of_enterprise`,
          juridicalForm: sql`excluded.juridical_form`,
          juridicalFormCac: sql`excluded.juridical_form_cac`,
          startDate: sql`excluded.start_date`,
        },
      });
  } else {
    await tx.insert(kboTables[table]).values(rows as never);
  }
}

/** Update extracts: `<file>_delete.csv` names the entities whose rows of that file are replaced. */
export async function deleteRows(
  tx: TKboTx,
  table: Exclude<TKboTable, 'code'>,
  numbers: string[],
): Promise<void> {
  if (numbers.length === 0) return;
  if (table === 'enterprise') {
    await tx.delete(kboEnterprises).where(inArray(kboEnterprises.enterpriseNumber, numbers));
    return;
  }
  const t = kboTables[table];
  await tx.delete(t).where(inArray(t.entityNumber, numbers));
}

export async function findEnterprise(db: TDb, number: string) {
  const [enterprise] = await db
    .select()
    .from(kboEnterprises)
    .where(eq(kboEnterprises.enterpriseNumber, number));
  if (!enterprise) return null;
  const [denominations, addresses, activities] = await Promise.all([
    db.select().from(kboDenominations).where(eq(kboDenominations.entityNumber, number)),
    db.select().from(kboAddresses).where(eq(kboAddresses.entityNumber, number)),
    db.select().from(kboActivities).where(eq(kboActivities.entityNumber, number)),
  ]);
  return { enterprise, denominations, addresses, activities };
}

/** Labels of the given codes per category, in every language code.csv has. */
export async function findCodeLabels(
  db: TDb,
  wanted: { category: string; codes: string[] }[],
): Promise<(typeof kboCodes.$inferSelect)[]> {
  const rows: (typeof kboCodes.$inferSelect)[] = [];
  for (const { category, codes } of wanted) {
    if (codes.length === 0) continue;
    rows.push(
      ...(await db
        .select()
        .from(kboCodes)
        .where(and(eq(kboCodes.category, category), inArray(kboCodes.code, codes)))),
    );
  }
  return rows;
}

export async function latestCompletedRun(db: TDb): Promise<TKboRun | null> {
  const [run] = await db
    .select()
    .from(kboImportRuns)
    .where(eq(kboImportRuns.status, 'completed'))
    .orderBy(desc(kboImportRuns.finishedAt))
    .limit(1);
  return run ?? null;
}

export async function listRuns(db: TDb, limit: number): Promise<TKboRun[]> {
  return db.select().from(kboImportRuns).orderBy(desc(kboImportRuns.startedAt)).limit(limit);
}
