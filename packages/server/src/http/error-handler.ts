import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import { AppError, type TErrorCode } from '@vigilo/domain/errors/error-codes.ts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { TFunction } from 'i18next';
import { translator } from '../i18n/i18n.ts';
import { multipartErrorCode } from './multipart-rules.ts';

/** The HTTP status of every error code, decided here and nowhere else. */
const statusOf: Record<TErrorCode, number> = {
  validation_failed: 400,
  malformed_json: 400,
  body_too_large: 413,
  unsupported_media_type: 415,
  multipart_malformed: 400,
  not_found: 404,
  route_not_found: 404,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  rate_limited: 429,
  invalid_credentials: 401,
  account_not_active: 403,
  account_locked: 429,
  username_taken: 409,
  email_taken: 409,
  passwords_do_not_match: 400,
  password_too_weak: 400,
  wrong_current_password: 400,
  invalid_code: 400,
  code_expired: 400,
  too_many_attempts: 429,
  conflict: 409,
  list_empty: 400,
  list_malformed: 400,
  import_in_progress: 409,
  invalid_transition: 409,
  declaration_required: 409,
  not_heightened: 409,
  motivation_required: 400,
  no_aml_officer: 409,
  ctif_opposition: 409,
  acceptance_blocked: 409,
  suspicion_already_open: 409,
  pep_assessment_not_allowed: 409,
  pep_sources_missing: 409,
  personal_report_reason_invalid: 422,
  concerned_officer_required: 422,
  answers_invalid: 400,
  profile_not_current: 409,
  profile_review_overdue: 409,
  no_active_organisation: 403,
  organisation_not_allowed: 403,
  invalid_enterprise_number: 400,
  organisation_exists: 409,
  organisation_not_found: 404,
  kbo_enterprise_not_found: 404,
  already_member: 409,
  last_manager: 409,
  last_officer: 409,
  recognition_required: 403,
  cannot_become_officer: 403,
  member_not_active: 409,
  recognition_type_exists: 409,
  document_type_not_allowed: 415,
  document_too_large: 413,
  // A DOCX whose declared content is absurd (zip bomb): refused before anything is inflated.
  document_archive_too_large: 413,
  document_empty: 400,
  eid_not_configured: 404,
  eid_failed: 400,
  eid_state_expired: 400,
  eid_identity_taken: 409,
  eid_already_linked: 409,
  eid_not_linked: 404,
  eid_sign_in_required: 403,
  name_locked_by_eid: 409,
  officer_requires_eid: 403,
  // 402 Payment Required: the wallet cannot pay; the client offers a top-up (M9).
  insufficient_balance: 402,
  top_up_below_minimum: 400,
  unknown_plan: 400,
  payment_provider_error: 502,
  statement_malformed: 400,
  statement_line_not_unmatched: 409,
  relationship_has_open_transaction: 409,
  relationship_not_ended: 409,
  goaml_settings_missing: 409,
  // The file would not pass the FIU's schema: nothing is downloaded, the details say where and why.
  goaml_report_invalid: 422,
  goaml_profile_invalid: 400,
  invoice_line_not_creditable: 409,
  // The document would break an EN 16931 / Peppol rule (often the operator's configuration): nothing issued.
  invoice_rules_failed: 422,
  api_key_route_not_allowed: 403,
  api_key_scope_missing: 403,
  api_key_owner_inactive: 403,
  contact_import_malformed: 422,
  contact_import_has_invalid_rows: 409,
  contact_import_not_editable: 409,
  internal_error: 500,
};

type TDetail = { field: string; code: string; message: string };

/** Fastify's own error codes for bad requests, mapped onto ours. */
const fastifyCodes: Record<string, TErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'malformed_json',
};

/**
 * The facts an error carries beyond its code (a missing amount, where a file was refused), for its body:
 * given by the module that owns those errors (app.ts hands in the wallet's), so this layer imports none.
 */
export type TErrorFacts = (
  t: TFunction,
  lang: TLanguage,
  code: TErrorCode,
  details: Record<string, unknown> | undefined,
) => { sentence: string; data: Record<string, unknown> } | undefined;

export function registerErrorHandler(app: FastifyInstance, errorFacts: TErrorFacts) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const t = translator(request.lang);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((v) =>
        zodIssueDetail(t, {
          ...(v.params as object),
          code: v.keyword,
          path: v.instancePath.split('/').filter(Boolean),
          message: v.message,
        }),
      );
      return send(reply, request, 'validation_failed', details);
    }
    if (error instanceof AppError) {
      const facts = errorFacts(t, request.lang, error.code, error.details);
      if (facts) {
        const message = `${t(`errors:${error.code}`)} ${facts.sentence}`;
        return reply.status(statusOf[error.code]).send({ code: error.code, message, ...facts.data });
      }
      return send(reply, request, error.code, detailsOf(t, error), error.details);
    }
    const mapped = (error.code ? fastifyCodes[error.code] : undefined) ?? multipartErrorCode(error);
    if (mapped) return send(reply, request, mapped);
    if (error.statusCode === 429) return send(reply, request, 'rate_limited');
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.warn({ err: error }, 'client error');
      return reply
        .status(error.statusCode)
        .send({ code: 'validation_failed', message: t('errors:validation_failed') });
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, request, 'internal_error');
  });

  app.setNotFoundHandler((request, reply) => send(reply, request, 'route_not_found'));
}

/**
 * Errors Fastify raises before routing (a URL whose percent escapes do not decode, e.g. a surrogate's
 * bytes in a path parameter): no hook runs for them, so the documented, translated body is sent here.
 */
export function frameworkErrors(_error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  reply.header('cache-control', 'no-store');
  return send(reply, request, 'validation_failed');
}

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  code: TErrorCode,
  details?: TDetail[],
  vars: Record<string, unknown> = {},
) {
  const t = translator(request.lang);
  const base = t(`errors:${code}`, vars);
  const message = details?.length ? `${base} ${details.map((d) => d.message).join('; ')}` : base;
  return reply.status(statusOf[code]).send({ code, message, ...(details?.length ? { details } : {}) });
}

/** AppErrors may name a field (e.g. `username_taken` on `username`); the message says it in words. */
function detailsOf(t: TFunction, error: AppError): TDetail[] | undefined {
  // Details a service already put in words (e.g. goAML schema errors with their element paths).
  if (error.details?.explained) return [...error.details.explained];
  // Hard stops of a case: each named, with the provision it applies (issue 14).
  if (error.details?.blockers) {
    return error.details.blockers.map((code) => ({
      field: 'blockers',
      code,
      message: t(`cases:blocker.${code}`),
    }));
  }
  const fields = error.details?.fields;
  if (fields) {
    return fields.map((f) => ({
      field: f.field,
      code: f.code,
      message: t('validation:field', { field: f.field, message: t(`validation:${f.code}`, f.vars ?? {}) }),
    }));
  }
  const field = error.details?.field;
  if (field === undefined) return undefined;
  return [
    {
      field,
      code: error.code,
      message: t('validation:field', { field, message: t(`errors:${error.code}`) }),
    },
  ];
}

type TZodIssue = {
  code: string;
  path: PropertyKey[];
  message?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  keys?: string[];
};

/** Turns one zod issue into a translated message that names the field. */
export function zodIssueDetail(t: TFunction, issue: TZodIssue, prefix?: string): TDetail {
  const path = issue.path.map(String).join('.');
  const field = [prefix, path].filter(Boolean).join('.') || (issue.keys?.join(', ') ?? 'body');
  const kind =
    issue.code === 'invalid_type' && /received undefined/.test(issue.message ?? '')
      ? 'required'
      : issue.code === 'too_small'
        ? 'too_short'
        : issue.code === 'too_big'
          ? 'too_long'
          : ['invalid_type', 'invalid_format', 'invalid_value', 'unrecognized_keys'].includes(issue.code)
            ? issue.code
            : 'invalid';
  const message = t(`validation:${kind}`, {
    minimum: String(issue.minimum ?? ''),
    maximum: String(issue.maximum ?? ''),
  });
  return { field, code: kind, message: t('validation:field', { field, message }) };
}

declare module 'fastify' {
  interface FastifyRequest {
    lang: TLanguage;
  }
}
