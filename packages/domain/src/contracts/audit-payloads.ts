import { z } from 'zod';

/**
 * What each audited action records (issue 19, "typed data at every boundary"): one zod shape per action
 * of the server's catalogue (`packages/server/src/audit/audit-actions.ts`, which checks at compile time
 * that both lists hold the same actions). The server validates a payload strictly when it writes it
 * (`recordAudit` throws on a payload that does not fit: a programming error, before the transaction
 * commits); the audit viewer reads stored payloads with the same shapes (`readAuditPayload`), loosely,
 * because older rows may carry fields since dropped and any row may carry `viaApiKey`.
 */
const id = z.string();
const day = z.string();
const lang = z.enum(['fr', 'nl', 'en']);
const toolRole = z.enum(['none', 'collaborator', 'officer']);
const level = z.enum(['normal', 'heightened']);
const empty = {};
const versionNo = { versionNo: z.number().int() };
const computed = {
  policyVersion: z.number().int(),
  questionnaireVersion: z.number().int(),
  level: z.string(),
  score: z.number(),
  /** How the computation was paid, for a transaction. */
  payment: z.string().optional(),
  amountInclVatCents: z.number().int().optional(),
};
/** A draft saved (`answered`), or answers revised after a decision (`version`, `changed`). */
const answersSaved = {
  answered: z.number().int().optional(),
  version: z.number().int().optional(),
  changed: z.array(z.string()).optional(),
};
const withUrl = { url: z.string() };
const retentionReason = { reason: z.string() };
/** The dated source a contact version was filled in from (issue 22: the KBO/BCE extract). */
const versionSource = {
  source: z.strictObject({ kind: z.literal('kbo'), extractNumber: z.string().nullable() }).optional(),
};
/** Why an eID link or login was refused, with openid-client's verdict when it refused (never a token). */
const eidRefusal = {
  result: z.string(),
  reason: z.string(),
  error: z.string().optional(),
  message: z.string().optional(),
  linkedUserId: id.optional(),
};

export const auditPayloadShapes = {
  'account.signed_up': { username: z.string(), email: z.string(), isPlatformAdmin: z.boolean() },
  'account.activated': empty,
  'account.activation_resent': empty,
  'account.login_succeeded': empty,
  'account.login_failed': { login: z.string().optional(), reason: z.string() },
  'account.logged_out': empty,
  'account.password_changed': empty,
  'account.email_change_requested': { newEmail: z.string() },
  'account.email_changed': { from: z.string(), to: z.string() },
  'account.profile_updated': { changes: z.record(z.string(), z.string()) },
  'account.admin_created': { username: z.string(), promoted: z.boolean(), via: z.string() },
  'eid.link_started': empty,
  'eid.linked': { issuer: z.string(), subject: z.string(), names: z.record(z.string(), z.string()) },
  'eid.link_refused': eidRefusal,
  'eid.login_succeeded': { names: z.record(z.string(), z.string()).optional() },
  'eid.login_failed': eidRefusal,
  'organisation.created': { enterpriseNumber: z.string(), name: z.string() },
  'contact.created': {
    kind: z.enum(['person', 'entity']),
    displayName: z.string(),
    ...versionNo,
    ...versionSource,
  },
  'risk_profile.created': {
    contactId: id,
    contactVersionNo: z.number().int(),
    role: z.enum(['buyer', 'seller', 'landlord', 'tenant']),
  },
  'risk_profile.answers_saved': answersSaved,
  'risk_profile.computed': computed,
  'case.decided': {
    action: z.string(),
    from: z.string(),
    to: z.string(),
    proposal: z.enum(['accept', 'refuse']).optional(),
    answer: z.string().optional(),
    decision: z.enum(['accept', 'refuse']).optional(),
    reason: z.string().optional(),
    blockers: z.array(z.string()).optional(),
    /** Officers a personal report concerns: the event is never shown to them (tipping-off). */
    hiddenFrom: z.array(id).optional(),
  },
  'case.measures_recorded': {
    sourceOfWealth: z.boolean(),
    sourceOfFunds: z.boolean(),
    documents: z.number().int(),
  },
  'case.manager_approved': empty,
  'contact.pep_assessment_recorded': { functionEndDate: day },
  'screening.list_imported': {
    source: z.string(),
    date: z.string(),
    checksum: z.string(),
    counts: z.object({ entries: z.number(), names: z.number(), persons: z.number(), entities: z.number() }),
    added: z.number().int(),
    changed: z.number().int(),
    removed: z.number().int(),
  },
  'screening.country_risk_published': {
    fatfCallForAction: z.array(z.string()),
    fatfIncreasedMonitoring: z.array(z.string()),
    euHighRiskThirdCountries: z.array(z.string()),
    publishedOn: day,
  },
  'screening.contact_screened': { screeningId: id, level, hits: z.number().int() },
  'screening.hit_dispositioned': {
    hitId: id,
    list: z.string(),
    entryId: z.string(),
    from: z.enum(['open', 'true_match', 'false_positive']),
    to: z.enum(['true_match', 'false_positive']),
    reason: z.string(),
  },
  'screening.freeze_duty_recorded': {
    duty: z.enum(['ctif-report', 'treasury-notification']),
    doneOn: day,
    reference: z.string(),
    hitId: id,
    list: z.string(),
    entryId: z.string(),
  },
  'screening.contact_decided': {
    decision: z.enum(['accept', 'refuse']),
    level: level.nullable(),
    motivation: z.string(),
  },
  'transaction.created': {
    reference: z.string(),
    type: z.enum(['sale', 'purchase', 'rental_high_value']),
    brokerageAgreementDate: day.nullable(),
    agreementDate: day.nullable(),
    parties: z.array(
      z.object({
        contactId: id,
        role: z.enum(['client', 'counterparty']),
        side: z.enum(['buyer', 'seller', 'landlord', 'tenant']).optional(),
      }),
    ),
  },
  'transaction.answers_saved': answersSaved,
  'transaction.computed': computed,
  'transaction.dates_recorded': {
    before: z.object({ brokerageAgreementDate: day.nullable(), agreementDate: day.nullable() }),
    after: z.object({ brokerageAgreementDate: day.nullable(), agreementDate: day.nullable() }),
  },
  'policy.updated': { version: z.number().int() },
  'contact.updated': { ...versionNo, changedFields: z.array(z.string()), ...versionSource },
  'contact.acceptance_pdf_generated': versionNo,
  'organisation.updated': { changes: z.record(z.string(), z.union([z.string(), z.boolean()])) },
  'organisation.settings_updated': { changes: z.record(z.string(), z.union([z.string(), z.boolean()])) },
  'organisation.activated': empty,
  'member.joined': { userId: id, name: z.string() },
  'member.confirmed': { userId: id, isManager: z.boolean() },
  'member.updated': {
    userId: id,
    changes: z.object({
      isManager: z.boolean().optional(),
      toolRole: toolRole.optional(),
      mayBecomeOfficer: z.boolean().optional(),
      jobTitle: z.string().optional(),
      contactEmail: z.string().optional(),
      phone: z.string().optional(),
    }),
  },
  'member.removed': { userId: id, wasManager: z.boolean(), toolRole },
  'officer.claimed': { from: toolRole },
  'officer.stepped_down': { to: z.enum(['none', 'collaborator']) },
  'admin.allowed_number_added': { note: z.string() },
  'admin.allowed_number_removed': empty,
  'admin.recognition_type_created': {
    code: z.string(),
    labelFr: z.string(),
    labelNl: z.string(),
    labelEn: z.string(),
    requiredForToolAccess: z.boolean(),
  },
  'admin.recognition_type_updated': {
    labelFr: z.string().optional(),
    labelNl: z.string().optional(),
    labelEn: z.string().optional(),
    requiredForToolAccess: z.boolean().optional(),
  },
  'admin.recognition_granted': { code: z.string(), reference: z.string() },
  'admin.recognition_revoked': { code: z.string() },
  'document.uploaded': {
    subjectType: z.enum(['contact', 'transaction']),
    subjectId: id,
    purpose: z.string(),
    filename: z.string(),
    mimeType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    source: z.enum(['generated', 'upload']),
  },
  'document.downloaded': { filename: z.string(), sha256: z.string() },
  'wallet.topped_up': {
    source: z.string(),
    provider: z.string().optional(),
    externalId: z.string().nullable().optional(),
    statementLineId: id.optional(),
    entryReference: z.string().optional(),
    amountCents: z.number().int(),
    balanceAfterCents: z.number().int(),
  },
  'wallet.debited': {
    product: z.string(),
    transactionId: id,
    amountInclVatCents: z.number().int(),
    balanceAfterCents: z.number().int(),
    priceListVersion: z.number().int(),
  },
  'wallet.subscription_bought': {
    subscriptionId: id,
    planCode: z.string(),
    amountInclVatCents: z.number().int(),
    balanceAfterCents: z.number().int(),
    expiresAt: z.string(),
    priceListVersion: z.number().int(),
  },
  'wallet.subscription_used': { subscriptionId: id, useId: id, reference: z.string() },
  'wallet.top_up_started': { provider: z.enum(['test', 'mollie']), amountCents: z.number().int() },
  'wallet.voucher_downloaded': empty,
  'admin.price_list_published': {
    version: z.number().int(),
    effectiveFrom: z.string(),
    priceList: z.record(z.string(), z.unknown()),
  },
  'admin.bank_statement_imported': {
    credits: z.number().int(),
    matched: z.number().int(),
    unmatched: z.number().int(),
    duplicates: z.number().int(),
    ignored: z.number().int(),
    messageId: z.string(),
    fileSha256: z.string(),
    source: z.enum(['upload', 'cli']),
  },
  'admin.statement_line_assigned': {
    organisationId: id,
    amountCents: z.number().int(),
    entryReference: z.string(),
  },
  'contact.viewed': { versionNo: z.number().int().optional() },
  'records.exported': {
    scope: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('contact'), contactId: id }),
      z.object({ kind: z.literal('transaction'), transactionId: id }),
      z.object({ kind: z.literal('organisation'), from: day, to: day }),
    ]),
    contacts: z.number().int(),
    transactions: z.number().int(),
    documents: z.number().int(),
  },
  'retention.relationship_ended': { endedOn: day, source: z.string(), reason: z.string(), purgeDueOn: day },
  'retention.relationship_reopened': {
    ...retentionReason,
    previousEndedOn: day.nullable(),
    lastActivityAt: z.string().optional(),
  },
  'retention.end_proposed': { lastActivityAt: z.string(), inactivityMonths: z.number().int() },
  'retention.proposal_dismissed': retentionReason,
  'retention.extended': { ...retentionReason, from: day.nullable(), until: day },
  'retention.legal_hold_placed': {
    ...retentionReason,
    holdId: id,
    reference: z.string().nullable().optional(),
  },
  'retention.legal_hold_released': { ...retentionReason, holdId: id },
  'retention.contact_purged': {
    endedOn: day.nullable(),
    purgeDueOn: day.nullable(),
    redactedEventIds: z.array(z.number().int()),
    purgedTransactionIds: z.array(id),
    keptTransactionIds: z.array(id),
    documents: z.number().int(),
  },
  'goaml.report_created': {
    caseType: z.enum(['transaction', 'risk_profile']).optional(),
    caseId: id.optional(),
    kind: z.enum(['SAR', 'STR']).optional(),
    completes: id.optional(),
    fiuRefNumber: z.string().optional(),
    /** Officers a personal report concerns: the event is never shown to them (tipping-off). */
    hiddenFrom: z.array(id).optional(),
  },
  'goaml.report_updated': { fields: z.array(z.string()) },
  'goaml.report_downloaded': { sha256: z.string(), profile: z.string(), adjustments: z.number().int() },
  'goaml.download_refused': { errors: z.number().int() },
  'goaml.submission_recorded': { submittedOn: day, reference: z.string() },
  'goaml.answer_recorded': {
    answeredOn: day,
    answer: z.enum(['no-objection', 'opposition', 'information-request']),
  },
  'goaml.settings_updated': { reportingEntityId: z.number().int().nullable(), branch: z.string() },
  'admin.goaml_profile_uploaded': {
    name: z.string(),
    xsdFilename: z.string(),
    xsdSha256: z.string(),
    activated: z.boolean(),
  },
  'admin.goaml_profile_activated': { profileId: id.nullable() },
  'annual_report.saved': { year: z.number().int(), ...versionNo },
  'annual_report.pdf_generated': { lang, ...versionNo },
  'risk_assessment.saved': {
    ...versionNo,
    reviewedOn: day,
    nextReviewDue: day,
    overallRisk: z.enum(['low', 'medium', 'high']),
  },
  'risk_assessment.pdf_generated': { lang, ...versionNo },
  'training.recorded': {
    heldOn: day,
    topic: z.string(),
    attendees: z.string(),
    attendeeUserIds: z.array(id),
    attendeeCount: z.number().int(),
  },
  'training.deleted': { heldOn: day, topic: z.string() },
  'invoicing.invoice_issued': {
    periodKey: z.string(),
    grossCents: z.number().int(),
    lines: z.number().int(),
  },
  'invoicing.credit_note_issued': {
    invoiceNumber: z.string(),
    lineIds: z.array(id),
    grossCents: z.number().int(),
  },
  'api_key.created': {
    name: z.string(),
    prefix: z.string(),
    scopes: z.array(z.string()),
    rateLimitPerMinute: z.number().int(),
  },
  'api_key.revoked': { name: z.string(), prefix: z.string() },
  'webhook.created': { ...withUrl, events: z.array(z.string()) },
  'webhook.secret_rotated': withUrl,
  'webhook.enabled': withUrl,
  'webhook.deleted': withUrl,
  'client_link.created': {
    contactId: id.nullable(),
    kind: z.enum(['person', 'entity']),
    expiresAt: z.string(),
  },
  'client_link.opened': empty,
  'client_link.submitted': { confirmedBy: z.string(), confirmedOn: z.string() },
  'client_link.accepted': { contactId: id.nullable() },
  'client_link.returned': { contactId: id.nullable() },
  'client_link.revoked': empty,
  'contact.beneficial_owner_verified': {
    verificationId: id,
    ownerContactId: id,
    method: z.enum(['document', 'ubo-register']),
    documentId: id,
    verifiedOn: day,
  },
  'contact.ubo_register_extract_recorded': {
    extractId: id,
    documentId: id,
    extractDate: day,
    listedOwners: z.number().int(),
  },
  'contact.ubo_discrepancy_reported': { reportId: id, extractId: id, reportedOn: day },
  'contact_import.uploaded': { filename: z.string(), sha256: z.string(), rows: z.number().int() },
  'contact_import.confirmed': {
    acceptPartial: z.boolean(),
    mapping: z.record(z.string(), z.string().nullable()),
  },
  'contact_import.cancelled': empty,
  'contact_import.completed': {
    imported: z.number().int(),
    duplicates: z.number().int(),
    invalid: z.number().int(),
    contactsWithHits: z.number().int(),
    hits: z.number().int(),
  },
} satisfies Record<string, z.ZodRawShape>;

export type TAuditPayloadAction = keyof typeof auditPayloadShapes;

type TShapeOf<A extends TAuditPayloadAction> = (typeof auditPayloadShapes)[A];

/** The payload an action records, as written (`recordAudit`'s `payload`). */
export type TAuditPayloadOf<A extends TAuditPayloadAction> = A extends TAuditPayloadAction
  ? z.input<z.ZodObject<TShapeOf<A>>>
  : never;

/** The payload of an event of `action` as read back. */
export type TAuditPayloadRead<A extends TAuditPayloadAction> = A extends TAuditPayloadAction
  ? z.output<z.ZodObject<TShapeOf<A>>>
  : never;

/** Every payload with its action: the discriminated union the viewer narrows on `action`. */
export type TTypedAuditPayload = {
  [A in TAuditPayloadAction]: { action: A; payload: z.output<z.ZodObject<TShapeOf<A>>> };
}[TAuditPayloadAction];

const writeSchemas = new Map<string, z.ZodType>();
const readSchemas = new Map<string, z.ZodType>();

/** The strict schema a payload of `action` must fit when written (no unknown field). */
export function auditPayloadSchema(action: TAuditPayloadAction): z.ZodType {
  let schema = writeSchemas.get(action);
  if (!schema) {
    schema = z.strictObject(auditPayloadShapes[action]);
    writeSchemas.set(action, schema);
  }
  return schema;
}

/**
 * A stored payload read with its action's shape, or null when the action is unknown, the payload was
 * erased by a retention purge, or it does not fit (an older row): the caller then shows it raw.
 */
export function readAuditPayload(action: string, payload: unknown): TTypedAuditPayload | null {
  if (!(action in auditPayloadShapes) || payload === null || payload === undefined) return null;
  let schema = readSchemas.get(action);
  if (!schema) {
    schema = z.looseObject(auditPayloadShapes[action as TAuditPayloadAction]);
    readSchemas.set(action, schema);
  }
  const parsed = schema.safeParse(payload);
  return parsed.success ? ({ action, payload: parsed.data } as TTypedAuditPayload) : null;
}

/** The payload of an event of `action`, typed, or null when the event is of another action or does not fit. */
export function auditPayloadOf<A extends TAuditPayloadAction>(
  event: { action: string; payload: unknown },
  action: A,
): TAuditPayloadRead<A> | null {
  if (event.action !== action) return null;
  const read = readAuditPayload(action, event.payload);
  return read ? (read.payload as unknown as TAuditPayloadRead<A>) : null;
}
