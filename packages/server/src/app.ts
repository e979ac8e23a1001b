import { existsSync } from 'node:fs';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { accountsRoutes } from './accounts/accounts.routes.ts';
import { eidRoutes } from './accounts/eid/eid.routes.ts';
import { adminRoutes } from './admin/admin.routes.ts';
import { bearerToken, findKeyForToken, resolveApiKeyActor } from './api-keys/api-key-auth.ts';
import { apiKeysRoutes } from './api-keys/api-keys.routes.ts';
import { caseQueueRoutes } from './case-queue/case-queue.routes.ts';
import { clientLinksRoutes } from './client-links/client-links.routes.ts';
import { cockpitRoutes } from './cockpit/cockpit.routes.ts';
import { wireModules } from './composition/wire-modules.ts';
import type { TConfig } from './config.ts';
import { contactImportsRoutes } from './contact-imports/contact-imports.routes.ts';
import { contactImportJob, createContactImportHandler } from './contact-imports/contact-imports.service.ts';
import { contactsRoutes } from './contacts/contacts.routes.ts';
import type { TAppContext } from './context.ts';
import type { TDb } from './db/client.ts';
import { documentsRoutes } from './documents/documents.routes.ts';
import { goamlRoutes } from './goaml/goaml.routes.ts';
import { frameworkErrors, registerErrorHandler } from './http/error-handler.ts';
import { healthRoutes } from './http/health.routes.ts';
import { loggerOptions } from './http/logger-options.ts';
import { registerMultipartRules } from './http/multipart-rules.ts';
import { registerRequestsInFlight } from './http/requests-in-flight.ts';
import { hasOwnershipRule, routeParams } from './http/resource-ownership.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { orgAccess, sessionPlugin } from './http/session.plugin.ts';
import { registerTextSafety } from './http/text-safety.ts';
import { invoicingRoutes } from './invoicing/invoicing.routes.ts';
import { createInvoicingHandler, invoicingJob } from './invoicing/invoicing-job.ts';
import { JobRunner } from './jobs/jobs.service.ts';
import { kboRoutes } from './kbo/kbo.routes.ts';
import { createMailDeliverer, sendMailJob } from './mail/mail.service.ts';
import { notificationsRoutes } from './notifications/notifications.routes.ts';
import { officerReportsRoutes } from './officer-reports/officer-reports.routes.ts';
import {
  createRiskAssessmentReviewHandler,
  riskAssessmentReviewJob,
} from './officer-reports/risk-assessment.service.ts';
import { registerOpenApi } from './openapi/openapi.plugin.ts';
import { organisationsRoutes } from './organisations/organisations.routes.ts';
import { loadRequestAuth } from './organisations/request-auth.ts';
import { recordsRoutes } from './records/records.routes.ts';
import { createRetentionHandler, retentionJob } from './records/retention-job.ts';
import { createReviewRemindersHandler, reviewRemindersJob } from './risk/periodic-review.service.ts';
import { riskRoutes } from './risk/risk.routes.ts';
import { bundledListsJob, createBundledListsHandler } from './screening/bundled-lists.ts';
import { rescreenJob } from './screening/list-versions.service.ts';
import { screeningRoutes } from './screening/screening.routes.ts';
import { createRescreenHandler } from './screening/screening.service.ts';
import { createListCheckHandler, listCheckJob } from './screening/sources/list-check-job.ts';
import { listFreshness } from './screening/sources/list-freshness.service.ts';
import { transactionsRoutes } from './transactions/transactions.routes.ts';
import { paymentsRoutes } from './wallet/payments.routes.ts';
import { walletRoutes } from './wallet/wallet.routes.ts';
import { walletAdminRoutes } from './wallet/wallet-admin.routes.ts';
import { walletErrorFacts } from './wallet/wallet-error-facts.ts';
import { createWebhookDeliveryHandler } from './webhooks/webhook-delivery.ts';
import { deliverWebhookJob } from './webhooks/webhook-events.ts';
import { webhooksRoutes } from './webhooks/webhooks.routes.ts';

export type TRouteEntry = { method: string; url: string; access: string | undefined };
export type TApp = FastifyInstance & { jobs: JobRunner; ctx: TAppContext; routeTable: TRouteEntry[] };

/** Builds the whole HTTP application: plugins, routes, error handling, static web app and job runner. */
// Long because it assembles the app in the order Fastify needs: plugins, then hooks, then routes.
export async function buildApp(options: {
  config: TConfig;
  db: TDb;
  logger?: boolean | object;
}): Promise<TApp> {
  const { config, db } = options;
  wireModules();
  const app = Fastify({
    logger: options.logger ?? loggerOptions(config.logLevel),
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const ctx: TAppContext = { db, config };

  registerErrorHandler(app, walletErrorFacts);
  // First, so that it counts every request, including one a later hook refuses.
  registerRequestsInFlight(app);
  registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(sessionPlugin, {
    db,
    config,
    identity: { loadRequestAuth, bearerToken, findKeyForToken, resolveApiKeyActor },
  });
  registerTextSafety(app);
  registerMultipartRules(app);
  await registerOpenApi(app, config);

  // Every route must say who may call it; a missing declaration is a start-up error, not an open door.
  const routeTable: TRouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routeTable.push({ method, url: route.url, access: route.config?.access });
    }
    const internal = route.url.startsWith('/api/docs') || !route.url.startsWith('/api/');
    if (!internal && !route.config?.access)
      throw new Error(`route ${route.method} ${route.url} declares no access`);
    // Tenant isolation: every id parameter of an organisation-scoped route has an ownership rule.
    if (route.config?.access && orgAccess.has(route.config.access)) {
      const unguarded = routeParams(route.url).filter((p) => p.endsWith('Id') && !hasOwnershipRule(p));
      if (unguarded.length)
        throw new Error(`route ${route.url}: no ownership rule for ${unguarded.join(', ')}`);
    }
  });

  await app.register(healthRoutes, { ctx, listFreshness });
  await app.register(accountsRoutes, { ctx });
  await app.register(eidRoutes, { ctx });
  await app.register(organisationsRoutes, { ctx });
  await app.register(documentsRoutes, { ctx });
  await app.register(adminRoutes, { ctx });
  await app.register(contactsRoutes, { ctx });
  await app.register(riskRoutes, { ctx });
  await app.register(caseQueueRoutes, { ctx });
  await app.register(notificationsRoutes, { ctx });
  await app.register(walletRoutes, { ctx });
  await app.register(paymentsRoutes, { ctx });
  await app.register(walletAdminRoutes, { ctx });
  await app.register(invoicingRoutes, { ctx });
  await app.register(screeningRoutes, { ctx });
  await app.register(transactionsRoutes, { ctx });
  await app.register(recordsRoutes, { ctx });
  await app.register(goamlRoutes, { ctx });
  await app.register(officerReportsRoutes, { ctx });
  await app.register(apiKeysRoutes, { ctx });
  await app.register(webhooksRoutes, { ctx });
  await app.register(cockpitRoutes, { ctx });
  await app.register(clientLinksRoutes, { ctx });
  await app.register(contactImportsRoutes, { ctx });
  await app.register(kboRoutes, { ctx });
  await serveWebApp(app, config);

  const jobs = new JobRunner(db, app.log);
  jobs.register(sendMailJob, createMailDeliverer(db, config.smtpUrl, config.mailFrom));
  jobs.register(rescreenJob, createRescreenHandler(db, config.publicUrl));
  jobs.register(riskAssessmentReviewJob, createRiskAssessmentReviewHandler(db, config.publicUrl));
  jobs.register(retentionJob, createRetentionHandler(ctx, app.log));
  jobs.register(bundledListsJob, createBundledListsHandler(db, app.log));
  jobs.register(listCheckJob, createListCheckHandler(db, config, app.log));
  jobs.register(invoicingJob, createInvoicingHandler(ctx, app.log));
  jobs.register(deliverWebhookJob, createWebhookDeliveryHandler(db, config.publicUrl));
  jobs.register(reviewRemindersJob, createReviewRemindersHandler(db, config.publicUrl));
  jobs.register(contactImportJob, createContactImportHandler(ctx, app.log));
  app.addHook('onClose', () => jobs.stop());
  return Object.assign(app, { jobs, ctx, routeTable }) as unknown as TApp;
}

/** Serves the built single-page app; unknown non-API paths fall back to index.html for client routing. */
async function serveWebApp(app: FastifyInstance, config: TConfig) {
  if (!config.webDistDir || !existsSync(config.webDistDir)) return;
  await app.register(fastifyStatic, {
    root: config.webDistDir,
    wildcard: false,
    // The build writes .br and .gz next to each asset (vite.config.ts): sent as the browser accepts.
    preCompressed: true,
    // Asset names carry their content hash: cached for good; index.html is revalidated every time.
    setHeaders: (reply, path) => {
      reply.header(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.get('/*', { config: { access: 'public' } }, (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
}
