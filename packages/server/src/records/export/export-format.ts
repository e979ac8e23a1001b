import { z } from 'zod';

/**
 * The machine-readable part of a supervisor export (`records.json` in the ZIP). Its JSON Schema is
 * generated from this definition into the ZIP (`records.schema.json`) and into
 * `docs/records-export.schema.json`; a test keeps the three identical.
 */
const ZJsonObject = z.record(z.string(), z.unknown());
const ZTimestamp = z.string().describe('ISO 8601 instant, UTC');
const ZDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('calendar date');
const ZUuid = z.string().describe('UUID');

export const ZExportCaseEvent = z
  .object({
    id: ZUuid,
    action: z
      .string()
      .describe('propose, officer-accept, report-to-ctif, record-ctif-answer, final-decision…'),
    actorUserId: ZUuid.nullable(),
    actorRole: z.string().nullable(),
    motivation: z.string().nullable(),
    data: ZJsonObject,
    createdAt: ZTimestamp,
  })
  .describe('One step of a case: a decision, a declaration to the AML officer, a report to CTIF, its answer');

export const ZExportContact = z.object({
  id: ZUuid,
  kind: z.enum(['person', 'entity']),
  status: z.string(),
  vigilanceLevel: z.string().nullable(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
  versions: z
    .array(
      z.object({
        versionNo: z.number().int(),
        data: ZJsonObject.describe('the identification data of this version'),
        changes: z.array(z.unknown()),
        createdBy: ZUuid.nullable(),
        createdAt: ZTimestamp,
      }),
    )
    .describe('every version, oldest first; versions are never changed'),
  riskProfiles: z.array(
    z.object({
      id: ZUuid,
      role: z.string(),
      contactVersionNo: z.number().int(),
      questionnaireId: z.string(),
      questionnaireVersion: z.number().int(),
      answers: ZJsonObject,
      result: ZJsonObject.nullable(),
      level: z.string().nullable(),
      policyVersion: z.number().int().nullable(),
      decision: ZJsonObject,
      status: z.string(),
      createdAt: ZTimestamp,
      updatedAt: ZTimestamp,
      caseEvents: z.array(ZExportCaseEvent),
    }),
  ),
  screenings: z.array(
    z.object({
      id: ZUuid,
      contactVersionNo: z.number().int(),
      trigger: z.string(),
      listVersions: z.unknown(),
      countryRiskVersion: z.number().int().nullable(),
      level: z.string(),
      factors: z.unknown(),
      screenedAt: ZTimestamp,
      hits: z.array(
        z.object({
          id: ZUuid,
          partyContactId: ZUuid,
          partyName: z.string(),
          list: z.string(),
          entryId: z.string(),
          matchedName: z.string(),
          score: z.number(),
          explanation: z.unknown(),
          disposition: z.string(),
          dispositionReason: z.string().nullable(),
          dispositionedAt: ZTimestamp.nullable(),
        }),
      ),
    }),
  ),
  retention: z
    .object({
      endedOn: ZDay.nullable(),
      endSource: z.string().nullable(),
      endReason: z.string().nullable(),
      extendedUntil: ZDay.nullable(),
      extensionReason: z.string().nullable(),
      purgeDueOn: ZDay.nullable(),
    })
    .nullable(),
  legalHolds: z.array(
    z.object({
      id: ZUuid,
      reason: z.string(),
      reference: z.string(),
      placedAt: ZTimestamp,
      releasedAt: ZTimestamp.nullable(),
      releaseReason: z.string().nullable(),
    }),
  ),
});

export const ZExportTransaction = z.object({
  id: ZUuid,
  reference: z.string(),
  type: z.string(),
  propertyAddress: ZJsonObject,
  priceCents: z.number().int(),
  questionnaireId: z.string(),
  questionnaireVersion: z.number().int(),
  answers: ZJsonObject,
  result: ZJsonObject.nullable(),
  level: z.string().nullable(),
  policyVersion: z.number().int().nullable(),
  decision: ZJsonObject,
  status: z.string(),
  paidAt: ZTimestamp.nullable(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
  parties: z.array(
    z.object({
      contactId: ZUuid,
      contactVersionNo: z.number().int(),
      riskProfileId: ZUuid,
      role: z.string(),
    }),
  ),
  caseEvents: z.array(ZExportCaseEvent),
});

export const ZExportDocument = z.object({
  id: ZUuid,
  subjectType: z.string(),
  subjectId: ZUuid,
  purpose: z.string(),
  filename: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe('SHA-256 of the file, recorded at upload'),
  uploadedBy: ZUuid.nullable(),
  createdAt: ZTimestamp,
  path: z.string().describe('where the file is in the ZIP'),
});

export const ZExportAuditEvent = z
  .object({
    id: z.number().int(),
    chain: z.string(),
    organisationId: ZUuid.nullable(),
    actorUserId: ZUuid.nullable(),
    action: z.string(),
    subjectType: z.string(),
    subjectId: z.string().nullable(),
    payloadHash: z.string(),
    payload: ZJsonObject.nullable().describe('null when outside the scope of the export or redacted'),
    payloadIncluded: z.boolean().describe('whether the event belongs to the scope of the export'),
    redactedAt: ZTimestamp.nullable().describe('set when a retention purge erased the payload'),
    ip: z.string().nullable(),
    createdAt: ZTimestamp,
    prevHash: z.string(),
    hash: z.string(),
  })
  .describe(
    'hash = SHA-256(canonical JSON of [prevHash, chain, organisationId, actorUserId, action, subjectType, subjectId, payloadHash, ip, createdAt]); payloadHash = SHA-256(canonical JSON of payload); canonical JSON sorts object keys at every level',
  );

export const ZRecordsExport = z.object({
  format: z.literal('vigilo-records-export'),
  formatVersion: z.literal(1),
  generatedAt: ZTimestamp,
  generatedBy: z.object({ userId: ZUuid, name: z.string() }),
  organisation: z.object({ id: ZUuid, name: z.string(), enterpriseNumber: z.string() }),
  scope: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('contact'), contactId: ZUuid }),
    z.object({ kind: z.literal('transaction'), transactionId: ZUuid }),
    z.object({ kind: z.literal('organisation'), from: ZDay, to: ZDay }),
  ]),
  contacts: z.array(ZExportContact),
  transactions: z.array(ZExportTransaction),
  documents: z.array(ZExportDocument),
  audit: z
    .object({
      chain: z.string(),
      anchorPrevHash: z.string().describe('prevHash of the first event: where this slice joins the chain'),
      headHash: z.string().describe('hash of the last event (the export itself)'),
      events: z.array(ZExportAuditEvent).describe('every event of the chain in the slice, in order'),
    })
    .describe('a contiguous slice of the organisation chain, ending with the audit event of this export'),
});
export type TRecordsExport = z.infer<typeof ZRecordsExport>;

/** The JSON Schema (draft 2020-12) of `records.json`. */
export function recordsExportJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://vigilo.local/schemas/records-export-v1.json',
    title: 'Vigilo supervisor export (records.json)',
    ...z.toJSONSchema(ZRecordsExport, { target: 'draft-2020-12' }),
  };
}
