import type { TErrorCode } from '@vigilo/domain/errors/error-codes.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { FastifyInstance } from 'fastify';

/** @fastify/multipart's coded errors, the same on every upload route. */
const multipartCodes: Record<string, TErrorCode> = {
  FST_REQ_FILE_TOO_LARGE: 'body_too_large',
  FST_PARTS_LIMIT: 'body_too_large',
  FST_FILES_LIMIT: 'body_too_large',
  FST_FIELDS_LIMIT: 'body_too_large',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'unsupported_media_type',
  FST_PROTO_VIOLATION: 'multipart_malformed',
  FST_INVALID_JSON_FIELD_ERROR: 'multipart_malformed',
  FST_MP_PREMATURE_CLOSE: 'multipart_malformed',
};

/**
 * The multipart parser (busboy) reports a missing boundary or a body cut off mid-part with plain errors
 * and no code: their fixed messages are the only thing to recognise them by.
 */
const busboyMessages = [
  /^Multipart: Boundary not found/,
  /Unexpected end of (multipart data|form)/,
  /terminated early due to unexpected end of multipart data/,
  /^Malformed part header/,
];

/** The error code of a multipart failure on any upload route, or undefined for any other error. */
export function multipartErrorCode(error: { code?: string; message?: string }): TErrorCode | undefined {
  const coded = error.code ? multipartCodes[error.code] : undefined;
  if (coded) return coded;
  const message = error.message ?? '';
  return busboyMessages.some((m) => m.test(message)) ? 'multipart_malformed' : undefined;
}

/**
 * A multipart body is read only by the routes that declare it (`consumes`); every other route of a
 * plugin that registered the multipart parser refuses it, rather than acting on a body it ignores.
 */
export function registerMultipartRules(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    if (!request.isMultipart?.()) return;
    const consumes = (request.routeOptions.schema as { consumes?: string[] } | undefined)?.consumes;
    if (!consumes?.includes('multipart/form-data')) throw new AppError('unsupported_media_type');
  });
}
