import { randomBytes } from 'node:crypto';
import type { TCreateWebhookRequest, TWebhook } from '@vigilo/domain/contracts/webhooks.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAuditPayload } from '../audit/audit-payloads.ts';
import type { TAppContext } from '../context.ts';
import type { TActor } from '../http/actor.ts';
import { queueDelivery } from './webhook-events.ts';
import {
  findEndpoint,
  insertEndpoint,
  listDeliveries,
  listEndpoints,
  type TWebhookEndpointRow,
  updateEndpoint,
} from './webhooks.repository.ts';

/** Webhooks are the organisation's integrations: its managers who use the tool, and the officer. */
function assertMayManage(actor: TActor) {
  if (!(actor.toolRole === 'officer' || (actor.isManager && actor.toolRole !== 'none')))
    throw new AppError('forbidden');
}

const newSecret = () => `whsec_${randomBytes(24).toString('base64url')}`;

export function presentWebhook(row: TWebhookEndpointRow): TWebhook {
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    status: row.status,
    consecutiveFailures: row.consecutiveFailures,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listWebhooks(ctx: TAppContext, actor: TActor) {
  assertMayManage(actor);
  return { webhooks: (await listEndpoints(ctx.db, actor.organisationId)).map(presentWebhook) };
}

async function getEndpoint(ctx: TAppContext, actor: TActor, webhookId: string) {
  assertMayManage(actor);
  const endpoint = await findEndpoint(ctx.db, actor.organisationId, webhookId);
  if (!endpoint) throw new AppError('not_found');
  return endpoint;
}

type TAuditedChange = 'webhook.created' | 'webhook.secret_rotated' | 'webhook.enabled' | 'webhook.deleted';

export async function createWebhook(ctx: TAppContext, actor: TActor, input: TCreateWebhookRequest) {
  assertMayManage(actor);
  const secret = newSecret();
  const row = await ctx.db.transaction(async (tx) => {
    const created = await insertEndpoint(tx, {
      organisationId: actor.organisationId,
      url: input.url,
      events: [...new Set(input.events)],
      secret,
      createdBy: actor.userId,
    });
    await audit(tx, actor, 'webhook.created', created, { url: created.url, events: created.events });
    return created;
  });
  return { webhook: presentWebhook(row), secret };
}

/** A new secret replaces the old one at once; the receiver must be updated with it. */
export async function rotateWebhookSecret(ctx: TAppContext, actor: TActor, webhookId: string) {
  const endpoint = await getEndpoint(ctx, actor, webhookId);
  const secret = newSecret();
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await updateEndpoint(tx, endpoint.id, { secret });
    await audit(tx, actor, 'webhook.secret_rotated', updated, { url: updated.url });
    return updated;
  });
  return { webhook: presentWebhook(row), secret };
}

/** Re-enables a disabled endpoint with a clean failure count. */
export async function enableWebhook(ctx: TAppContext, actor: TActor, webhookId: string) {
  const endpoint = await getEndpoint(ctx, actor, webhookId);
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await updateEndpoint(tx, endpoint.id, {
      status: 'active',
      consecutiveFailures: 0,
      disabledAt: null,
    });
    await audit(tx, actor, 'webhook.enabled', updated, { url: updated.url });
    return updated;
  });
  return presentWebhook(row);
}

export async function deleteWebhook(ctx: TAppContext, actor: TActor, webhookId: string) {
  const endpoint = await getEndpoint(ctx, actor, webhookId);
  await ctx.db.transaction(async (tx) => {
    const updated = await updateEndpoint(tx, endpoint.id, { deletedAt: new Date(), status: 'disabled' });
    await audit(tx, actor, 'webhook.deleted', updated, { url: updated.url });
  });
}

/** Queues a `webhook.test` event to the endpoint, whatever its subscriptions. */
export async function sendTestEvent(ctx: TAppContext, actor: TActor, webhookId: string) {
  const endpoint = await getEndpoint(ctx, actor, webhookId);
  if (endpoint.status !== 'active') throw new AppError('conflict');
  const delivery = await ctx.db.transaction((tx) =>
    queueDelivery(tx, endpoint, 'webhook.test', { message: 'Test event from Vigilo' }),
  );
  return { deliveryId: delivery.id };
}

export async function listWebhookDeliveries(ctx: TAppContext, actor: TActor, webhookId: string) {
  const endpoint = await getEndpoint(ctx, actor, webhookId);
  const rows = await listDeliveries(ctx.db, actor.organisationId, endpoint.id);
  return {
    deliveries: rows.map((d) => ({
      id: d.id,
      eventType: d.eventType,
      status: d.status,
      attempts: d.attempts,
      lastStatusCode: d.lastStatusCode,
      lastError: d.lastError,
      createdAt: d.createdAt.toISOString(),
      lastAttemptAt: d.lastAttemptAt?.toISOString() ?? null,
      deliveredAt: d.deliveredAt?.toISOString() ?? null,
    })),
  };
}

async function audit<A extends TAuditedChange>(
  tx: Parameters<Parameters<TAppContext['db']['transaction']>[0]>[0],
  actor: TActor,
  action: A,
  row: TWebhookEndpointRow,
  payload: TAuditPayload<A>,
) {
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action,
    subjectType: 'webhook',
    subjectId: row.id,
    payload,
    ip: actor.ip,
  });
}
