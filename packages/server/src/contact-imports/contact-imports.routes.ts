import multipart from '@fastify/multipart';
import {
  ZConfirmImportRequest,
  ZContactImport,
  ZContactImportIdParams,
  ZContactImportPreview,
  ZContactImportRowsQuery,
  ZContactImportRowsResponse,
  ZContactImportsResponse,
  ZContactImportUploadResponse,
  ZUpdateImportMappingRequest,
} from '@vigilo/domain/contracts/contact-imports.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TAppContext } from '../context.ts';
import { registerOwnershipRule } from '../http/resource-ownership.ts';
import { requireActor } from '../http/session.plugin.ts';
import { findImportOrganisation } from './contact-imports.repository.ts';
import * as service from './contact-imports.service.ts';

registerOwnershipRule('importId', findImportOrganisation);

/** 20,000 rows of a CRM export with every column stay well under this. */
const maxImportBytes = 20 * 1024 * 1024;

/** Bulk import of contacts from a CSV or XLSX file (B10): upload, mapping, preview, confirmation, progress. */
// Long because it is a route table: one short registration per endpoint, each delegating to a service.
export const contactImportsRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  const tags = ['contacts'];
  const config = { access: 'toolUser' as const };
  const params = ZContactImportIdParams;
  await app.register(multipart, {
    limits: { fileSize: maxImportBytes, files: 1, fields: 1, parts: 2, fieldSize: 1_000 },
  });

  app.get(
    '/api/contact-imports',
    { config, schema: { tags, response: { 200: ZContactImportsResponse } } },
    async (request) => service.listImports(ctx, requireActor(request)),
  );

  app.post(
    '/api/contact-imports',
    {
      config,
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        description: 'Multipart form with one `file`: a CSV file or an XLSX workbook, header row first.',
        response: { 200: ZContactImportUploadResponse, 201: ZContactImportUploadResponse },
      },
    },
    async (request, reply) => {
      const file = await readImportFile(request);
      const result = await service.uploadImport(ctx, requireActor(request), file);
      return reply.status(result.alreadyUploaded ? 200 : 201).send(result);
    },
  );

  app.get(
    '/api/contact-imports/:importId',
    { config, schema: { tags, params, response: { 200: ZContactImport } } },
    async (request) => service.getImport(ctx, requireActor(request), request.params.importId),
  );

  app.get(
    '/api/contact-imports/:importId/preview',
    { config, schema: { tags, params, response: { 200: ZContactImportPreview } } },
    async (request) =>
      service.previewImport(ctx, requireActor(request), request.params.importId, request.lang),
  );

  app.put(
    '/api/contact-imports/:importId/mapping',
    {
      config,
      schema: { tags, params, body: ZUpdateImportMappingRequest, response: { 200: ZContactImport } },
    },
    async (request) =>
      service.updateMapping(ctx, requireActor(request), request.params.importId, request.body.mapping),
  );

  app.post(
    '/api/contact-imports/:importId/confirm',
    { config, schema: { tags, params, body: ZConfirmImportRequest, response: { 200: ZContactImport } } },
    async (request) =>
      service.confirmImport(ctx, requireActor(request), request.params.importId, request.body.acceptPartial),
  );

  app.post(
    '/api/contact-imports/:importId/cancel',
    { config, schema: { tags, params, response: { 200: ZContactImport } } },
    async (request) => service.cancelImport(ctx, requireActor(request), request.params.importId),
  );

  app.get(
    '/api/contact-imports/:importId/rows',
    {
      config,
      schema: {
        tags,
        params,
        querystring: ZContactImportRowsQuery,
        response: { 200: ZContactImportRowsResponse },
      },
    },
    async (request) =>
      service.importRows(
        ctx,
        requireActor(request),
        request.params.importId,
        request.query.status,
        request.lang,
      ),
  );
};

async function readImportFile(request: FastifyRequest): Promise<{ filename: string; bytes: Buffer }> {
  if (!request.isMultipart()) throw new AppError('unsupported_media_type');
  try {
    const file = await request.file();
    if (file?.fieldname !== 'file') throw new AppError('validation_failed', { field: 'file' });
    const bytes = await file.toBuffer();
    if (bytes.length === 0) throw new AppError('contact_import_malformed');
    return { filename: file.filename || 'import', bytes };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('body_too_large');
    throw error;
  }
}
