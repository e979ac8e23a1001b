import { randomUUID } from 'node:crypto';
import type { TWebhookEventType } from '@vigilo/domain/contracts/webhooks.ts';
import type { TDbOrTx } from '../db/client.ts';
import { enqueueJob } from '../jobs/jobs.service.ts';
import type { TWebhookEndpointRow } from './webhooks.repository.ts';
import { findSubscribedEndpoints, insertDelivery } from './webhooks.repository.ts';
import type { TWebhookPayload } from './webhooks.schema.ts';

export const deliverWebhookJob = 'webhook.deliver';
/** Attempts per delivery; the job queue spaces them with exponential back-off. */
export const deliveryAttempts = 6;

type TEventData = TWebhookPayload['data'];

/**
 * Queues an event for every active endpoint of the organisation subscribed to it, in the caller's
 * transaction: the event exists only if the change that caused it commits. Callers pass ids and facts the
 * agency's staff see anyway, never anything about an internal declaration or a report to CTIF-CFI.
 */
export async function emitWebhookEvent(
  tx: TDbOrTx,
  organisationId: string,
  type: Exclude<TWebhookEventType, 'webhook.test'>,
  data: TEventData,
): Promise<void> {
  for (const endpoint of await findSubscribedEndpoints(tx, organisationId, type))
    await queueDelivery(tx, endpoint, type, data);
}

export async function queueDelivery(
  tx: TDbOrTx,
  endpoint: TWebhookEndpointRow,
  type: TWebhookEventType,
  data: TEventData,
) {
  const id = randomUUID();
  const payload: TWebhookPayload = {
    id,
    type,
    createdAt: new Date().toISOString(),
    organisationId: endpoint.organisationId,
    data,
  };
  const delivery = await insertDelivery(tx, {
    id,
    organisationId: endpoint.organisationId,
    endpointId: endpoint.id,
    eventType: type,
    payload,
  });
  await enqueueJob(tx, deliverWebhookJob, { deliveryId: id }, { maxAttempts: deliveryAttempts });
  return delivery;
}
