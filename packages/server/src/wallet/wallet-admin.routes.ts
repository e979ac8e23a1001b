import multipart from '@fastify/multipart';
import {
  ZAssignStatementLineRequest,
  ZPriceListsResponse,
  ZPriceListVersion,
  ZPublishPriceListRequest,
  ZStatementImportResult,
  ZStatementLine,
  ZStatementLineIdParams,
  ZStatementLinesQuery,
  ZStatementLinesResponse,
} from '@vigilo/domain/contracts/wallet.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestMeta } from '../accounts/accounts.routes.ts';
import type { TAppContext } from '../context.ts';
import { requireUser } from '../http/session.plugin.ts';
import * as statements from './bank-statements/bank-statements.service.ts';
import * as prices from './price-lists.service.ts';

/** A bank's daily CAMT.053 statement is kilobytes; a month of a busy account, a few megabytes. */
const maxStatementBytes = 10 * 1024 * 1024;

/** Platform administration of the wallet: price list versions and bank statements (B6). */
export const walletAdminRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  const tags = ['admin', 'wallet'];
  await app.register(multipart, {
    limits: { fileSize: maxStatementBytes, files: 1, fields: 2, parts: 3, fieldSize: 1_000 },
  });

  app.get(
    '/api/admin/prices',
    { config: { access: 'platformAdmin' }, schema: { tags, response: { 200: ZPriceListsResponse } } },
    async () => ({ versions: await prices.listPriceLists(ctx) }),
  );

  app.post(
    '/api/admin/prices',
    {
      config: { access: 'platformAdmin' },
      schema: { tags, body: ZPublishPriceListRequest, response: { 201: ZPriceListVersion } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await prices.publishPriceList(ctx, requireUser(request).id, request.body, requestMeta(request)),
        ),
  );

  app.post(
    '/api/admin/bank-statements',
    {
      config: { access: 'platformAdmin' },
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        description: 'Multipart form with one `file`: an ISO 20022 CAMT.053 statement (XML).',
        response: { 201: ZStatementImportResult },
      },
    },
    async (request, reply) => {
      const bytes = await readStatementFile(request);
      const result = await statements.importBankStatement(ctx.db, bytes, {
        userId: requireUser(request).id,
        source: 'upload',
        ip: request.ip,
      });
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/api/admin/bank-statements/lines',
    {
      config: { access: 'platformAdmin' },
      schema: { tags, querystring: ZStatementLinesQuery, response: { 200: ZStatementLinesResponse } },
    },
    async (request) => ({ lines: await statements.listStatementLines(ctx.db, request.query.status) }),
  );

  app.post(
    '/api/admin/bank-statements/lines/:lineId/assign',
    {
      config: { access: 'platformAdmin' },
      schema: {
        tags,
        params: ZStatementLineIdParams,
        body: ZAssignStatementLineRequest,
        response: { 200: ZStatementLine },
      },
    },
    async (request) =>
      statements.assignStatementLine(
        ctx.db,
        { userId: requireUser(request).id, ip: request.ip },
        request.params.lineId,
        request.body.enterpriseNumber,
      ),
  );
};

async function readStatementFile(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart()) throw new AppError('unsupported_media_type');
  try {
    const file = await request.file();
    if (file?.fieldname !== 'file') throw new AppError('validation_failed', { field: 'file' });
    const bytes = await file.toBuffer();
    if (bytes.length === 0) throw new AppError('statement_malformed', { reason: 'empty_file' });
    return bytes;
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('body_too_large');
    throw error;
  }
}
