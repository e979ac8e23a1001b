import type { TErrorResponse } from '@vigilo/domain/contracts/common.ts';
import i18next from 'i18next';

/** An API refusal: `code` is translated from `errors.<code>`, `details` name the fields. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: TErrorResponse,
  ) {
    super(body.message);
  }
  fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.body.details ?? []).map((d) => [d.field, d.message]));
  }
}

let csrfToken: string | null = null;
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** fetch for the JSON API: sends the language and the CSRF token, turns error bodies into ApiError. */
export async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { 'accept-language': i18next.language };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken && method !== 'GET') headers['x-csrf-token'] = csrfToken;
  const res = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  const data = res.headers.get('content-type')?.includes('json') ? await res.json() : null;
  if (!res.ok) {
    throw new ApiError(
      res.status,
      data ?? { code: 'internal_error', message: i18next.t('errors:internal_error') },
    );
  }
  return data as T;
}
