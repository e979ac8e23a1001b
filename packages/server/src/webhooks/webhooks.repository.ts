import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { webhookDeliveries, webhookEndpoints } from './webhooks.schema.ts';

export type TWebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type TWebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;

const live = (organisationId: string) =>
  and(eq(webhookEndpoints.organisationId, organisationId), isNull(webhookEndpoints.deletedAt));

export async function insertEndpoint(tx: TDbOrTx, values: typeof webhookEndpoints.$inferInsert) {
  const [row] = await tx.insert(webhookEndpoints).values(values).returning();
  return row!;
}

export async function listEndpoints(db: TDbOrTx, organisationId: string) {
  return db.select().from(webhookEndpoints).where(live(organisationId)).orderBy(webhookEndpoints.createdAt);
}

export async function findEndpoint(db: TDbOrTx, organisationId: string, id: string) {
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(and(live(organisationId), eq(webhookEndpoints.id, id)));
  return row ?? null;
}

export async function findEndpointById(db: TDbOrTx, id: string) {
  const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
  return row ?? null;
}

export async function findEndpointOrganisation(db: TDbOrTx, id: string): Promise<string | null> {
  return (await findEndpointById(db, id))?.organisationId ?? null;
}

export async function updateEndpoint(
  tx: TDbOrTx,
  id: string,
  values: Partial<typeof webhookEndpoints.$inferInsert>,
) {
  const [row] = await tx.update(webhookEndpoints).set(values).where(eq(webhookEndpoints.id, id)).returning();
  return row!;
}

/** Active endpoints of an organisation subscribed to an event type. */
export async function findSubscribedEndpoints(db: TDbOrTx, organisationId: string, eventType: string) {
  return db
    .select()
    .from(webhookEndpoints)
    .where(
      and(
        live(organisationId),
        eq(webhookEndpoints.status, 'active'),
        sql`${webhookEndpoints.events} @> ${JSON.stringify([eventType])}::jsonb`,
      ),
    );
}

export async function insertDelivery(tx: TDbOrTx, values: typeof webhookDeliveries.$inferInsert) {
  const [row] = await tx.insert(webhookDeliveries).values(values).returning();
  return row!;
}

export async function findDelivery(db: TDbOrTx, id: string) {
  const [row] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id));
  return row ?? null;
}

export async function updateDelivery(
  tx: TDbOrTx,
  id: string,
  values: Partial<typeof webhookDeliveries.$inferInsert>,
) {
  await tx.update(webhookDeliveries).set(values).where(eq(webhookDeliveries.id, id));
}

export async function listDeliveries(db: TDbOrTx, organisationId: string, endpointId: string) {
  return db
    .select()
    .from(webhookDeliveries)
    .where(
      and(eq(webhookDeliveries.organisationId, organisationId), eq(webhookDeliveries.endpointId, endpointId)),
    )
    .orderBy(desc(webhookDeliveries.createdAt))
    .limit(100);
}
