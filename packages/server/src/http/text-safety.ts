import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { FastifyInstance } from 'fastify';

/** With the `u` flag a well-formed surrogate pair is one code point; only a lone half is in Cs. */
const loneSurrogate = /\p{Cs}/u;

/**
 * Text no field of Vigilo may hold: NUL (PostgreSQL refuses it in text, XML forbids it) and lone UTF-16
 * surrogates (not Unicode text: they cannot be stored, hashed, or written to a PDF or goAML file).
 */
export function isUnsafeText(value: string): boolean {
  return value.includes('\u0000') || loneSurrogate.test(value);
}

/** The path of the first unsafe string inside a parsed value, or null when every string is safe. */
export function findUnsafeText(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return isUnsafeText(value) ? path : null;
  if (depth > 32 || value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return null;
  for (const [key, child] of Object.entries(value)) {
    if (isUnsafeText(key)) return path;
    const found = findUnsafeText(child, path ? `${path}.${key}` : key, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** A translated 400 naming the field, thrown wherever text enters (JSON bodies, queries, multipart). */
export function refuseUnsafeText(value: unknown, path: string): void {
  const field = findUnsafeText(value, path);
  if (field !== null)
    throw new AppError('validation_failed', {
      fields: [{ field: field || 'body', code: 'unsafe_characters' }],
    });
}

/**
 * One check for every route, before its schema: headers, path parameters, query and JSON body. Zod
 * schemas then never see such text, and no route has to remember to refuse it.
 */
export function registerTextSafety(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    refuseUnsafeText(request.headers, 'headers');
    refuseUnsafeText(request.params, 'params');
    refuseUndecodableQuery(request.url);
    refuseUnsafeText(request.query, 'query');
    refuseUnsafeText(request.body, '');
  });
}

/**
 * The query parser keeps a percent sequence that is not UTF-8 (`%ED%A0%80`, a surrogate's bytes) as raw
 * text; such a query is refused instead of being read as something the client did not send.
 */
function refuseUndecodableQuery(url: string) {
  const query = url.split('?')[1];
  if (!query?.includes('%')) return;
  for (const piece of query.split(/[&=]/)) {
    try {
      decodeURIComponent(piece.replaceAll('+', ' '));
    } catch {
      throw new AppError('validation_failed', { fields: [{ field: 'query', code: 'unsafe_characters' }] });
    }
  }
}
