import type { TScreeningFactor } from '@vigilo/domain/screening/index.ts';
import type { HitExplanation } from '@vigilo/domain/screening/types.ts';

/** The factors a screening records, as the domain's screening rules make them. */
export type { TScreeningFactor };

/**
 * The shapes of the screening API (packages/server/src/screening/screening.service.ts). The routes answer
 * with open records, so the web states here what it reads.
 */
export type THitDisposition = 'open' | 'true_match' | 'false_positive';

export type TScreeningHit = {
  id: string;
  partyContactId: string;
  partyName: string;
  list: string;
  entryId: string;
  matchedName: string;
  score: number;
  explanation: HitExplanation;
  isNew: boolean;
  disposition: THitDisposition;
  dispositionReason: string | null;
  dispositionedByName: string | null;
  dispositionedAt: string | null;
};

export type TContactScreening = {
  id: string;
  contactVersionNo: number;
  trigger: 'contact_saved' | 'list_update' | 'manual';
  level: 'normal' | 'heightened';
  factors: TScreeningFactor[];
  listVersions: { id: string; source: string; date: string; checksum: string }[];
  /** Lists that were older than the configured number of days when this screening ran. */
  staleLists: { source: string; date: string }[];
  countryRiskVersion: number | null;
  screenedAt: string;
  hits: TScreeningHit[];
};

export type TNewHit = {
  hitId: string;
  contactId: string;
  contactName: string;
  partyName: string;
  list: string;
  entryId: string;
  matchedName: string;
  score: number;
  disposition: THitDisposition;
  screenedAt: string;
};

export type TListVersion = {
  id: string;
  source: string;
  format: string;
  listDate: string;
  checksum: string;
  counts: { entries: number; names: number; persons: number; entities: number };
  diff: { added: string[]; changed: string[]; removed: string[] };
  importedAt: string;
};

export type TListImportResult = { version: TListVersion; unchanged: boolean };
