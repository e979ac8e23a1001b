/**
 * Every error the API can answer with. The web and the server translate `errors.<code>` from the same
 * catalogs; the HTTP status of each code is decided once, in the server's error handler.
 */
export const errorCodes = [
  'validation_failed',
  'malformed_json',
  'body_too_large',
  'unsupported_media_type',
  'multipart_malformed',
  'not_found',
  'route_not_found',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'rate_limited',
  'invalid_credentials',
  'account_not_active',
  'account_locked',
  'username_taken',
  'email_taken',
  'passwords_do_not_match',
  'password_too_weak',
  'wrong_current_password',
  'invalid_code',
  'code_expired',
  'too_many_attempts',
  'conflict',
  'list_empty',
  'list_malformed',
  'import_in_progress',
  'invalid_transition',
  'declaration_required',
  'not_heightened',
  'motivation_required',
  'no_aml_officer',
  'ctif_opposition',
  'acceptance_blocked',
  'suspicion_already_open',
  'pep_assessment_not_allowed',
  'pep_sources_missing',
  'personal_report_reason_invalid',
  'concerned_officer_required',
  'answers_invalid',
  'profile_not_current',
  'profile_review_overdue',
  'no_active_organisation',
  'organisation_not_allowed',
  'invalid_enterprise_number',
  'organisation_exists',
  'organisation_not_found',
  'kbo_enterprise_not_found',
  'already_member',
  'last_manager',
  'last_officer',
  'recognition_required',
  'cannot_become_officer',
  'member_not_active',
  'recognition_type_exists',
  'document_type_not_allowed',
  'document_too_large',
  'document_archive_too_large',
  'document_empty',
  'eid_not_configured',
  'eid_failed',
  'eid_state_expired',
  'eid_identity_taken',
  'eid_already_linked',
  'eid_not_linked',
  'eid_sign_in_required',
  'name_locked_by_eid',
  'officer_requires_eid',
  'insufficient_balance',
  'top_up_below_minimum',
  'unknown_plan',
  'payment_provider_error',
  'statement_malformed',
  'statement_line_not_unmatched',
  'relationship_has_open_transaction',
  'relationship_not_ended',
  'goaml_settings_missing',
  'goaml_report_invalid',
  'goaml_profile_invalid',
  'invoice_line_not_creditable',
  'invoice_rules_failed',
  'api_key_route_not_allowed',
  'api_key_scope_missing',
  'api_key_owner_inactive',
  'contact_import_malformed',
  'contact_import_has_invalid_rows',
  'contact_import_not_editable',
  'internal_error',
] as const;

export type TErrorCode = (typeof errorCodes)[number];

/** A field an error concerns, with a validation code (`validation:<code>`) and its interpolation values. */
export type TFieldIssue = { field: string; code: string; vars?: Record<string, string> };

/** An issue a service already put in words (e.g. goAML schema errors with their element paths). */
export type TExplainedIssue = { field: string; code: string; message: string };

/**
 * What an AppError carries (issue 19, "error details are typed"): the keys the HTTP error handler turns
 * into `details` (one field, several fields, issues already in words, a case's hard stops), and the
 * values its translated message interpolates (e.g. `minimumCents`).
 */
export type TErrorDetails = {
  field?: string;
  fields?: readonly TFieldIssue[];
  explained?: readonly TExplainedIssue[];
  blockers?: readonly string[];
  [variable: string]: unknown;
};

/** A failure the domain or a service reports; knows nothing of HTTP. */
export class AppError extends Error {
  constructor(
    readonly code: TErrorCode,
    readonly details?: TErrorDetails,
  ) {
    super(code);
    this.name = 'AppError';
  }
}
