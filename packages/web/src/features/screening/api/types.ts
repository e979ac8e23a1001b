import type { HitExplanation } from '@vigilo/domain/screening/types.ts';

/**
 * The shapes of the screening API (packages/server/src/screening/screening.service.ts). The routes answer
 * with open records, so the web states here what it reads.
 */
export type TScreeningFactor =
  | { code: 'sanctions_hit' | 'pep_hit' | 'watchlist_hit'; list: string; entryId: string; party: string }
  | { code: 'high_risk_country' | 'monitored_country'; country: string; party: string };

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
