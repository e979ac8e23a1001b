/** Why a list file was refused. A refused file yields no entries at all, never a partial list. */
export type ListImportErrorCode = 'LIST_FORMAT_UNKNOWN' | 'LIST_MALFORMED' | 'LIST_EMPTY' | 'LIST_UNREADABLE';

/** A coded import error; `details` locates the problem (line, record, field). */
export class ListImportError extends Error {
  override readonly name = 'ListImportError';

  readonly code: ListImportErrorCode;
  readonly details: Record<string, unknown>;

  // Plain fields, no parameter properties: the list import worker runs this file with Node's type stripping.
  constructor(code: ListImportErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

/** Throws LIST_MALFORMED unless `condition` holds. */
export function assertWellFormed(
  condition: unknown,
  message: string,
  details: Record<string, unknown> = {},
): asserts condition {
  if (!condition) throw new ListImportError('LIST_MALFORMED', message, details);
}
