import type { TDeclarationItem } from '@vigilo/domain/contracts/risk.ts';

export type TSortKey = 'updated' | 'level';
export type TSort = { key: TSortKey; descending: boolean } | null;

const levelRank = { heightened: 2, normal: 1 } as const;
const dayMs = 86_400_000;

/** Whole days since the case last moved (how long it has been waiting). */
export function daysSince(iso: string, now: number): number {
  return Math.max(0, Math.floor((now - new Date(iso).getTime()) / dayMs));
}

/** Statuses that already say CTIF-CFI has the case: no second "reported to CTIF" badge beside them. */
const ctifStatuses: ReadonlySet<string> = new Set(['awaiting-ctif', 'ctif-answered', 'reported-personally']);

/** Whether a row shows the "reported to CTIF" badge: only when its status badge does not already say so. */
export function showsCtifBadge(item: Pick<TDeclarationItem, 'status' | 'reportedToCtif'>): boolean {
  return item.reportedToCtif && !ctifStatuses.has(item.status);
}

/** The statuses a declared case can be filtered on in the queue. */
export const queueStatuses = [
  'awaiting-officer',
  'suspicion-declared',
  'awaiting-ctif',
  'ctif-answered',
  'reported-personally',
  'accepted',
  'refused',
] as const;

/** The waiting times the queue filters on, in days. */
export const queueAges = ['7', '30'] as const;

/** The page's cases in the chosen order; the server's order (newest first) until a column is chosen. */
export function sortDeclarations(items: TDeclarationItem[], sort: TSort): TDeclarationItem[] {
  if (!sort) return items;
  const value = (item: TDeclarationItem) =>
    sort.key === 'updated' ? new Date(item.updatedAt).getTime() : item.level ? levelRank[item.level] : 0;
  const sign = sort.descending ? -1 : 1;
  return [...items].sort((a, b) => sign * (value(a) - value(b)));
}
