import { monthRange } from '@vigilo/domain/cockpit/cockpit-rules.ts';
import type { TCockpitItem, TCockpitItemFigure } from '@vigilo/domain/contracts/cockpit.ts';

/**
 * Where each figure leads: the filtered list of the page that owns the records when one exists, else the
 * cockpit's own list of the records behind it (/cockpit/items).
 */
export const figureLinks = {
  items: (figure: TCockpitItemFigure, month?: string) =>
    `/cockpit/items?${new URLSearchParams({ figure, ...(month ? { month } : {}) })}`,
  awaitingOfficer: '/declarations?tab=awaiting-officer',
  awaitingCtif: '/declarations?tab=awaiting-ctif',
  reviewsOverdue: '/contacts?reviewDue=true',
  retentionProposals: '/records/retention?filter=proposals',
  transactionsOfMonth: (month: string) => {
    const { from, to } = monthRange(month);
    return `/transactions?${new URLSearchParams({ createdFrom: from, createdTo: to })}`;
  },
  wallet: '/wallet',
  trainings: '/annual-report',
  adminLists: '/admin/lists',
  allowList: '/admin',
};

/** The page of one record behind a figure. */
export function itemHref(item: TCockpitItem): string {
  if (item.kind === 'contact') return `/contacts/${item.id}`;
  if (item.kind === 'risk_profile') return `/risk-profiles/${item.id}`;
  return `/transactions/${item.id}`;
}
