import {
  ZAgencyCockpit,
  ZCockpitItemsQuery,
  ZCockpitItemsResponse,
  ZOfficerCockpit,
  ZOperatorCockpit,
} from '@vigilo/domain/contracts/cockpit.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TAppContext } from '../context.ts';
import { requireActor } from '../http/session.plugin.ts';
import * as cockpit from './cockpit.service.ts';

/** The cockpit (B7): read-only overviews. Officer part, agency part (managers too), operator page. */
export const cockpitRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  const tags = ['cockpit'];

  app.get(
    '/api/cockpit/officer',
    { config: { access: 'officer' }, schema: { tags, response: { 200: ZOfficerCockpit } } },
    async (request) => cockpit.getOfficerCockpit(ctx, requireActor(request)),
  );

  app.get(
    '/api/cockpit/items',
    {
      config: { access: 'officer' },
      schema: { tags, querystring: ZCockpitItemsQuery, response: { 200: ZCockpitItemsResponse } },
    },
    async (request) => cockpit.listCockpitItems(ctx, requireActor(request), request.query),
  );

  // Managers need no tool role: the policy lets managers and officers in (cockpit.policy.ts).
  app.get(
    '/api/cockpit/agency',
    { config: { access: 'orgMember' }, schema: { tags, response: { 200: ZAgencyCockpit } } },
    async (request) => cockpit.getAgencyCockpit(ctx, requireActor(request)),
  );

  app.get(
    '/api/cockpit/operator',
    { config: { access: 'platformAdmin' }, schema: { tags, response: { 200: ZOperatorCockpit } } },
    async () => cockpit.getOperatorCockpit(ctx),
  );
};
