import { z } from 'zod';
import { languages } from './languages.ts';

export { languages };
export const ZLanguage = z.enum(languages);
export type TLanguage = z.infer<typeof ZLanguage>;

/** The one error body the API returns; `code` is translated by the client from `errors.<code>`. */
export const ZErrorResponse = z.object({
  code: z.string(),
  message: z.string(),
  details: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
});
export type TErrorResponse = z.infer<typeof ZErrorResponse>;

export const ZOk = z.object({ ok: z.literal(true) });

/**
 * A calendar date `YYYY-MM-DD` that exists: `2026-02-30` and `2026-13-45` are refused here, before any
 * database sees them. Every date field and filter of the API uses this one schema.
 */
export const ZIsoDate = z.iso.date();
