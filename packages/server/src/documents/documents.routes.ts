import multipart from '@fastify/multipart';
import {
  ZDocument,
  ZDocumentIdParams,
  ZDocumentListQuery,
  ZDocumentListResponse,
  ZUploadDocumentFields,
} from '@vigilo/domain/contracts/documents.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TAppContext } from '../context.ts';
import { attachmentDisposition } from '../http/attachment-disposition.ts';
import { registerOwnershipRule } from '../http/resource-ownership.ts';
import { requireActor } from '../http/session.plugin.ts';
import { findDocumentOrganisation } from './documents.repository.ts';
import * as documents from './documents.service.ts';

registerOwnershipRule('documentId', (db, id) => findDocumentOrganisation(db, id));

export const documentsRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  const tags = ['documents'];
  const maxBytes = documents.maxUploadBytes(ctx);
  // Registered inside this plugin: only these routes accept multipart bodies.
  await app.register(multipart, {
    limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 1_000, parts: 12, headerPairs: 100 },
  });

  app.post(
    '/api/documents',
    {
      config: { access: 'toolUser' },
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        description:
          'Multipart form: `subjectType` (contact), `subjectId`, `purpose`, and one `file` (PDF, DOC or DOCX, checked from its content).',
        response: { 201: ZDocument },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const upload = await readUpload(request);
      const created = await documents.uploadDocument(ctx, actor, upload.fields, upload.file);
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/documents',
    {
      config: { access: 'toolUser' },
      schema: { tags, querystring: ZDocumentListQuery, response: { 200: ZDocumentListResponse } },
    },
    async (request) => ({ items: await documents.listDocuments(ctx, requireActor(request), request.query) }),
  );

  app.get(
    '/api/documents/:documentId/download',
    { config: { access: 'toolUser' }, schema: { tags, params: ZDocumentIdParams } },
    async (request, reply) => {
      const { document, bytes } = await documents.downloadDocument(
        ctx,
        requireActor(request),
        request.params.documentId,
      );
      return reply
        .header('content-type', document.mimeType)
        .header('content-disposition', attachmentDisposition(document.filename))
        .header('content-length', bytes.length)
        .header('repr-digest', `sha-256=:${Buffer.from(document.sha256, 'hex').toString('base64')}:`)
        .header('cache-control', 'private, no-store')
        .send(bytes);
    },
  );
};

/**
 * Reads the multipart body: the text fields and exactly one file, the file read into memory up to the
 * size limit. Multipart errors become coded errors; nothing is stored at this point.
 */
async function readUpload(request: FastifyRequest) {
  if (!request.isMultipart()) throw new AppError('unsupported_media_type');
  const raw: Record<string, string> = {};
  let file: { filename: string; bytes: Buffer } | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file)
          throw new AppError('validation_failed', { field: part.fieldname });
        file = { filename: part.filename, bytes: await part.toBuffer() };
      } else if (typeof part.value === 'string') {
        raw[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    throw multipartError(error);
  }
  const parsed = ZUploadDocumentFields.safeParse(raw);
  if (!parsed.success) {
    throw new AppError('validation_failed', { field: String(parsed.error.issues[0]?.path[0] ?? 'body') });
  }
  if (!file) throw new AppError('validation_failed', { field: 'file' });
  return { fields: parsed.data, file };
}

function multipartError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new AppError('document_too_large', { field: 'file' });
  if (code === 'FST_FILES_LIMIT') return new AppError('validation_failed', { field: 'file' });
  if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') return new AppError('body_too_large');
  if (code === 'FST_PROTO_VIOLATION') return new AppError('validation_failed');
  return error;
}
