import type { TFunction } from 'i18next';
import { ApiError } from '../lib/api.ts';

/** The stable error code of a failed request (`internal_error` for anything that is not an API refusal). */
export function errorCode(error: unknown): string | undefined {
  if (!error) return undefined;
  return error instanceof ApiError ? error.body.code : 'internal_error';
}

/**
 * The message to show under one field: the API's own field-level message, or the translation of the
 * error code when that code is about this field (e.g. `invalid_enterprise_number` under the number).
 */
export function fieldOrCodeError(
  t: TFunction,
  error: unknown,
  field: string,
  codes: readonly string[] = [],
): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const fromField = error.fieldErrors()[field];
  if (fromField) return fromField;
  return codes.includes(error.body.code) ? t(`errors:${error.body.code}`) : undefined;
}
