/**
 * Outcome of parsing or validating user input: the normalised value, or a coded error that the
 * web translates with i18n (the domain never returns prose).
 */
export type ParseResult<T, E extends string> = { ok: true; value: T } | { ok: false; error: E };

/** Builds a successful {@link ParseResult}. */
export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

/** Builds a failed {@link ParseResult}. */
export const fail = <E extends string>(error: E): { ok: false; error: E } => ({ ok: false, error });
