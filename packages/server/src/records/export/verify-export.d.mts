/** Types of the offline verification script shipped in every export (verify-export.mjs). */
export function canonicalJson(value: unknown): string;
export function verifyAuditSlice(audit: {
  anchorPrevHash: string;
  headHash: string;
  events: {
    id: number;
    chain: string;
    organisationId: string | null;
    actorUserId: string | null;
    action: string;
    subjectType: string;
    subjectId: string | null;
    payloadHash: string;
    payload: Record<string, unknown> | null;
    payloadIncluded: boolean;
    redactedAt: string | null;
    ip: string | null;
    createdAt: string;
    prevHash: string;
    hash: string;
  }[];
}): string[];
export function verifyExportFolder(folder: string): {
  problems: string[];
  events: number;
  documents: number;
  headHash: string;
};
