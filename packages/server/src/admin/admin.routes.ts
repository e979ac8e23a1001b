import {
  ZAddAllowedNumberRequest,
  ZAdminUsersQuery,
  ZAdminUsersResponse,
  ZAllowedNumbersResponse,
  ZCreateRecognitionTypeRequest,
  ZEnterpriseNumberParams,
  ZGrantRecognitionRequest,
  ZRecognitionCodeParams,
  ZRecognitionTypesResponse,
  ZUpdateRecognitionTypeRequest,
  ZUserIdParams,
  ZUserRecognitionParams,
} from '@vigilo/domain/contracts/admin.ts';
import { ZOk } from '@vigilo/domain/contracts/common.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestMeta } from '../accounts/accounts.routes.ts';
import type { TAppContext } from '../context.ts';
import { requireUser } from '../http/session.plugin.ts';
import * as admin from './admin.service.ts';

const ok = { ok: true as const };

// Long because it is a route table: one short registration per endpoint, each delegating to a service.
export const adminRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  const tags = ['platform administration'];
  const config = { access: 'platformAdmin' as const };

  app.get(
    '/api/admin/allowed-numbers',
    { config, schema: { tags, response: { 200: ZAllowedNumbersResponse } } },
    async () => ({
      numbers: await admin.listAllowedNumbers(ctx),
    }),
  );

  app.post(
    '/api/admin/allowed-numbers',
    { config, schema: { tags, body: ZAddAllowedNumberRequest, response: { 200: ZAllowedNumbersResponse } } },
    async (request) => {
      await admin.addAllowedNumber(ctx, requireUser(request), request.body, requestMeta(request));
      return { numbers: await admin.listAllowedNumbers(ctx) };
    },
  );

  app.delete(
    '/api/admin/allowed-numbers/:enterpriseNumber',
    { config, schema: { tags, params: ZEnterpriseNumberParams, response: { 200: ZOk } } },
    async (request) => {
      await admin.removeAllowedNumber(
        ctx,
        requireUser(request),
        request.params.enterpriseNumber,
        requestMeta(request),
      );
      return ok;
    },
  );

  app.get(
    '/api/admin/recognition-types',
    { config, schema: { tags, response: { 200: ZRecognitionTypesResponse } } },
    async () => ({
      types: await admin.listRecognitionTypes(ctx),
    }),
  );

  app.post(
    '/api/admin/recognition-types',
    {
      config,
      schema: { tags, body: ZCreateRecognitionTypeRequest, response: { 200: ZRecognitionTypesResponse } },
    },
    async (request) => {
      await admin.createRecognitionType(ctx, requireUser(request), request.body, requestMeta(request));
      return { types: await admin.listRecognitionTypes(ctx) };
    },
  );

  app.patch(
    '/api/admin/recognition-types/:code',
    {
      config,
      schema: {
        tags,
        params: ZRecognitionCodeParams,
        body: ZUpdateRecognitionTypeRequest,
        response: { 200: ZRecognitionTypesResponse },
      },
    },
    async (request) => {
      await admin.updateRecognitionType(
        ctx,
        requireUser(request),
        request.params.code,
        request.body,
        requestMeta(request),
      );
      return { types: await admin.listRecognitionTypes(ctx) };
    },
  );

  app.get(
    '/api/admin/users',
    { config, schema: { tags, querystring: ZAdminUsersQuery, response: { 200: ZAdminUsersResponse } } },
    async (request) => ({ users: await admin.searchUsers(ctx, request.query.q) }),
  );

  app.post(
    '/api/admin/users/:userId/recognitions',
    {
      config,
      schema: { tags, params: ZUserIdParams, body: ZGrantRecognitionRequest, response: { 200: ZOk } },
    },
    async (request) => {
      await admin.grantRecognition(
        ctx,
        requireUser(request),
        request.params.userId,
        request.body,
        requestMeta(request),
      );
      return ok;
    },
  );

  app.delete(
    '/api/admin/users/:userId/recognitions/:code',
    { config, schema: { tags, params: ZUserRecognitionParams, response: { 200: ZOk } } },
    async (request) => {
      await admin.revokeRecognition(
        ctx,
        requireUser(request),
        request.params.userId,
        request.params.code,
        requestMeta(request),
      );
      return ok;
    },
  );
};
