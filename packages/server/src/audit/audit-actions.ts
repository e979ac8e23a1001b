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
  'organisation.created',
  'contact.created',
  'contact.updated',
  'contact.acceptance_pdf_generated',
  'organisation.updated',
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
] as const;

export type TAuditAction = (typeof auditActions)[number];

export type TAuditSubjectType = 'account' | 'organisation' | 'member' | 'platform' | 'contact' | 'document';
