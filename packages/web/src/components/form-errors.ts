import type { TFunction } from 'i18next';
import { ApiError } from '../lib/api.ts';

/** The stable error code of a failed request (`internal_error` for anything that is not an API refusal). */
export function errorCode(error: unknown): string | undefined {
  if (!error) return undefined;
  return error instanceof ApiError ? error.body.code : 'internal_error';
}

/**
 * The message to show under one field. A refusal that names the field (e.g. `organisation_exists` on
 * `enterpriseNumber`) shows that error's text; a validation detail drops the "field: " prefix the API puts
 * in front (the field's label already says which field). Without a detail, the translation of the error
 * code is shown when that code is about this field.
 */
export function fieldOrCodeError(
  t: TFunction,
  error: unknown,
  field: string,
  codes: readonly string[] = [],
): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const detail = error.body.details?.find((d) => d.field === field);
  if (detail) {
    if (detail.code === error.body.code && error.body.code !== 'validation_failed')
      return t(`errors:${detail.code}`);
    return fieldSentence(detail.message, field);
  }
  return codes.includes(error.body.code) ? t(`errors:${error.body.code}`) : undefined;
}

/** The API's "idDocument.issueDate: …" / "idDocument.issueDate : …" (French spacing) without the field path. */
export function withoutFieldPrefix(message: string, field: string): string {
  for (const separator of [': ', ' : ']) {
    if (message.startsWith(`${field}${separator}`)) return message.slice(field.length + separator.length);
  }
  return message;
}

/** A field's message shown on its own: without the field path, starting with a capital. */
export function fieldSentence(message: string, field: string): string {
  const text = withoutFieldPrefix(message, field);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
