import {
  ZClientLink,
  ZClientLinkIdParams,
  ZClientLinkReview,
  ZClientLinksResponse,
  ZClientSubmission,
  ZClientTokenParams,
  ZCreateClientLinkRequest,
  ZCreateClientLinkResponse,
  ZPublicClientLink,
  ZReviewClientLinkRequest,
} from '@vigilo/domain/contracts/client-links.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TAppContext } from '../context.ts';
import { registerOwnershipRule } from '../http/resource-ownership.ts';
import { requireActor } from '../http/session.plugin.ts';
import { findOwnerOfClientLink } from './client-links.repository.ts';
import * as links from './client-links.service.ts';

registerOwnershipRule('clientLinkId', findOwnerOfClientLink);

/** The client's page is public: a few tries a minute per address, against token guessing and floods. */
const clientPageLimit = { max: 30, timeWindow: '1 minute' };

/** The client's own identification link (B5): agency side (tool users) and the client's side (public). */
export const clientLinksRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  const tags = ['client-links'];
  const config = { access: 'toolUser' as const };

  app.post(
    '/api/client-links',
    {
      config,
      schema: { tags, body: ZCreateClientLinkRequest, response: { 201: ZCreateClientLinkResponse } },
    },
    async (request, reply) =>
      reply.status(201).send(await links.createClientLink(ctx, requireActor(request), request.body)),
  );

  app.get(
    '/api/client-links',
    { config, schema: { tags, response: { 200: ZClientLinksResponse } } },
    async (request) => ({ items: await links.listClientLinks(ctx, requireActor(request)) }),
  );

  app.get(
    '/api/client-links/:clientLinkId',
    { config, schema: { tags, params: ZClientLinkIdParams, response: { 200: ZClientLinkReview } } },
    async (request) => links.getClientLinkReview(ctx, requireActor(request), request.params.clientLinkId),
  );

  app.post(
    '/api/client-links/:clientLinkId/review',
    {
      config,
      schema: {
        tags,
        params: ZClientLinkIdParams,
        body: ZReviewClientLinkRequest,
        response: { 200: ZClientLink },
      },
    },
    async (request) =>
      links.reviewClientLink(ctx, requireActor(request), request.params.clientLinkId, request.body),
  );

  app.post(
    '/api/client-links/:clientLinkId/revoke',
    { config, schema: { tags, params: ZClientLinkIdParams, response: { 200: ZClientLink } } },
    async (request) => links.revokeClientLink(ctx, requireActor(request), request.params.clientLinkId),
  );

  app.get(
    '/api/public/client-links/:token',
    {
      config: { access: 'public', rateLimit: clientPageLimit },
      schema: { tags, params: ZClientTokenParams, response: { 200: ZPublicClientLink } },
    },
    async (request) => links.openClientLink(ctx, request.params.token, request.ip),
  );

  app.post(
    '/api/public/client-links/:token/submission',
    {
      config: { access: 'public', rateLimit: clientPageLimit },
      schema: { tags, params: ZClientTokenParams, body: ZClientSubmission, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await links.submitClientLink(ctx, request.params.token, request.body, request.ip);
      return reply.status(204).send(null);
    },
  );
};
