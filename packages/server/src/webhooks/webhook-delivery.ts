import type { TDb } from '../db/client.ts';
import { notify } from '../notifications/notifications.service.ts';
import { activeManagers } from '../organisations/active-members.ts';
import { signatureHeader, signWebhook } from './webhook-signature.ts';
import { findDelivery, findEndpointById, updateDelivery, updateEndpoint } from './webhooks.repository.ts';

/** Consecutive failed attempts after which an endpoint is disabled and the managers are told. */
export const failuresBeforeDisabling = 10;
const timeoutMs = 10_000;

type TAttempt = { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string };

/**
 * The job handler that sends one delivery. A failed attempt throws, so the job queue retries it with
 * exponential back-off; a delivery to a disabled or deleted endpoint is dropped as failed.
 */
export function createWebhookDeliveryHandler(db: TDb, publicUrl: string) {
  return async (payload: Record<string, unknown>) => {
    const delivery = await findDelivery(db, String(payload.deliveryId));
    if (delivery?.status !== 'pending') return;
    const endpoint = await findEndpointById(db, delivery.endpointId);
    if (!endpoint || endpoint.deletedAt || endpoint.status !== 'active') {
      await updateDelivery(db, delivery.id, { status: 'failed', lastError: 'endpoint disabled' });
      return;
    }
    const attempt = await post(endpoint.url, endpoint.secret, JSON.stringify(delivery.payload), delivery.id);
    const attempts = delivery.attempts + 1;
    const common = { attempts, lastAttemptAt: new Date(), lastStatusCode: attempt.statusCode };
    if (attempt.ok) {
      await db.transaction(async (tx) => {
        await updateDelivery(tx, delivery.id, {
          ...common,
          status: 'delivered',
          deliveredAt: new Date(),
          lastError: null,
        });
        await updateEndpoint(tx, endpoint.id, { consecutiveFailures: 0 });
      });
      return;
    }
    const failures = endpoint.consecutiveFailures + 1;
    const disabling = failures >= failuresBeforeDisabling;
    await db.transaction(async (tx) => {
      await updateDelivery(tx, delivery.id, {
        ...common,
        lastError: attempt.error,
        ...(disabling ? { status: 'failed' as const } : {}),
      });
      await updateEndpoint(tx, endpoint.id, {
        consecutiveFailures: failures,
        ...(disabling ? { status: 'disabled' as const, disabledAt: new Date() } : {}),
      });
      if (disabling) {
        const managers = await activeManagers(tx, endpoint.organisationId);
        await notify(tx, publicUrl, managers, {
          organisationId: endpoint.organisationId,
          kind: 'webhook_disabled',
          subjectType: 'webhook',
          subjectId: endpoint.id,
          title: endpoint.url,
          mail: {
            template: 'webhookDisabled',
            vars: { endpoint: endpoint.url },
            path: '/organisation/webhooks',
          },
        });
      }
    });
    if (disabling) return;
    throw new Error(`webhook delivery failed: ${attempt.error}`);
  };
}

async function post(url: string, secret: string, body: string, deliveryId: string): Promise<TAttempt> {
  const timestamp = Math.floor(Date.now() / 1000);
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Vigilo-Webhooks/1',
        'vigilo-delivery': deliveryId,
        [signatureHeader]: signWebhook(secret, body, timestamp),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.body?.cancel();
    if (res.status >= 200 && res.status < 300) return { ok: true, statusCode: res.status };
    return { ok: false, statusCode: res.status, error: `HTTP ${res.status}` };
  } catch (err) {
    return { ok: false, statusCode: null, error: err instanceof Error ? err.message : String(err) };
  }
}
