import { z } from 'zod';

/**
 * Events an organisation can receive on its endpoints. None of them may reveal an internal declaration or
 * a report to CTIF-CFI (tipping-off ban): payloads carry ids and facts the agency's staff see anyway.
 * `case.decided` carries the outcome (accepted or refused) of a deciding action only, never the closing
 * of a suspicion; `client_link.submitted` only that a client sent their data back; `contact.review_due`
 * the contact, its review date and whether it is overdue.
 */
export const webhookEventTypes = [
  'contact.screened_with_hits',
  'risk_profile.computed',
  'screening.new_hits',
  'case.decided',
  'client_link.submitted',
  'contact.review_due',
] as const;
export type TWebhookEventType = (typeof webhookEventTypes)[number] | 'webhook.test';

const isLoopback = (host: string) => host === 'localhost' || host === '127.0.0.1' || host === '[::1]';

/** HTTPS only; plain HTTP is accepted for a receiver on this machine (development and tests). */
export const ZWebhookUrl = z
  .string()
  .max(2000)
  .url()
  .refine((value) => {
    // zod runs refinements even after .url() failed: an unparsable value must not throw here.
    if (!URL.canParse(value)) return false;
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
  }, 'https_required');

export const ZCreateWebhookRequest = z.object({
  url: ZWebhookUrl,
  events: z.array(z.enum(webhookEventTypes)).min(1).max(webhookEventTypes.length),
});
export type TCreateWebhookRequest = z.infer<typeof ZCreateWebhookRequest>;

export const ZWebhook = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(z.enum(webhookEventTypes)),
  status: z.enum(['active', 'disabled']),
  consecutiveFailures: z.number(),
  disabledAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TWebhook = z.infer<typeof ZWebhook>;

export const ZWebhooksResponse = z.object({ webhooks: z.array(ZWebhook) });
/** The signing secret is shown when the endpoint is created and when it is rotated, never in a list. */
export const ZWebhookWithSecretResponse = z.object({ webhook: ZWebhook, secret: z.string() });

export const ZWebhookDelivery = z.object({
  id: z.string(),
  eventType: z.string(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number(),
  lastStatusCode: z.number().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  lastAttemptAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
});
export const ZWebhookDeliveriesResponse = z.object({ deliveries: z.array(ZWebhookDelivery) });
export const ZWebhookIdParams = z.object({ webhookId: z.string().uuid() });
