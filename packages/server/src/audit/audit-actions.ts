/** Every kind of audited event. Adding a feature adds its actions here, so the list stays the catalogue. */
export const auditActions = [
  'account.signed_up',
  'account.activated',
  'account.activation_resent',
  'account.login_succeeded',
  'account.login_failed',
  'account.logged_out',
  'account.password_changed',
  'account.email_change_requested',
  'account.email_changed',
  'account.profile_updated',
  'account.admin_created',
  'eid.link_started',
  'eid.linked',
  'eid.link_refused',
  'eid.login_succeeded',
  'eid.login_failed',
  'organisation.created',
  'contact.created',
  'risk_profile.created',
  'risk_profile.answers_saved',
  'risk_profile.computed',
  'case.decided',
  'case.measures_recorded',
  'case.manager_approved',
  'contact.pep_assessment_recorded',
  'screening.list_imported',
  'screening.country_risk_published',
  'screening.contact_screened',
  'screening.hit_dispositioned',
  'screening.freeze_duty_recorded',
  'screening.contact_decided',
  'transaction.created',
  'transaction.answers_saved',
  'transaction.computed',
  'transaction.dates_recorded',
  'policy.updated',
  'contact.updated',
  'contact.acceptance_pdf_generated',
  'organisation.updated',
  'organisation.settings_updated',
  'organisation.activated',
  'member.joined',
  'member.confirmed',
  'member.updated',
  'member.removed',
  'officer.claimed',
  'officer.stepped_down',
  'admin.allowed_number_added',
  'admin.allowed_number_removed',
  'admin.recognition_type_created',
  'admin.recognition_type_updated',
  'admin.recognition_granted',
  'admin.recognition_revoked',
  'document.uploaded',
  'document.downloaded',
  'wallet.topped_up',
  'wallet.debited',
  'wallet.subscription_bought',
  'wallet.subscription_used',
  'wallet.top_up_started',
  'wallet.voucher_downloaded',
  'admin.price_list_published',
  'admin.bank_statement_imported',
  'admin.statement_line_assigned',
  'contact.viewed',
  'records.exported',
  'retention.relationship_ended',
  'retention.relationship_reopened',
  'retention.end_proposed',
  'retention.proposal_dismissed',
  'retention.extended',
  'retention.legal_hold_placed',
  'retention.legal_hold_released',
  'retention.contact_purged',
  'goaml.report_created',
  'goaml.report_updated',
  'goaml.report_downloaded',
  'goaml.download_refused',
  'goaml.submission_recorded',
  'goaml.answer_recorded',
  'goaml.settings_updated',
  'admin.goaml_profile_uploaded',
  'admin.goaml_profile_activated',
  'annual_report.saved',
  'annual_report.pdf_generated',
  'risk_assessment.saved',
  'risk_assessment.pdf_generated',
  'training.recorded',
  'training.deleted',
  'invoicing.invoice_issued',
  'invoicing.credit_note_issued',
  'api_key.created',
  'api_key.revoked',
  'webhook.created',
  'webhook.secret_rotated',
  'webhook.enabled',
  'webhook.deleted',
  'client_link.created',
  'client_link.opened',
  'client_link.submitted',
  'client_link.accepted',
  'client_link.returned',
  'client_link.revoked',
  'contact.beneficial_owner_verified',
  'contact.ubo_register_extract_recorded',
  'contact.ubo_discrepancy_reported',
  'contact_import.uploaded',
  'contact_import.confirmed',
  'contact_import.cancelled',
  'contact_import.completed',
] as const;

export type TAuditAction = (typeof auditActions)[number];

export type TAuditSubjectType =
  | 'account'
  | 'organisation'
  | 'member'
  | 'platform'
  | 'contact'
  | 'document'
  | 'risk_profile'
  | 'transaction'
  | 'policy'
  | 'wallet'
  | 'price_list'
  | 'bank_statement'
  | 'goaml_report'
  | 'goaml_profile'
  | 'annual_report'
  | 'risk_assessment'
  | 'training'
  | 'invoice'
  | 'api_key'
  | 'webhook'
  | 'client_link'
  | 'contact_import';
