import type { TContactListQuery } from '@vigilo/domain/contracts/contacts.ts';

/**
 * Query keys of contacts, their documents and risk profiles. All live under `['org']`: they belong to
 * the active organisation and are dropped when it changes.
 */
export const contactKeys = {
  all: ['org', 'contacts'] as const,
  lists: ['org', 'contacts', 'list'] as const,
  list: (query: Partial<TContactListQuery>) => ['org', 'contacts', 'list', query] as const,
  detail: (contactId: string) => ['org', 'contacts', 'detail', contactId] as const,
  version: (contactId: string, versionNo: number) =>
    ['org', 'contacts', 'detail', contactId, 'version', versionNo] as const,
  riskProfiles: (contactId: string) => ['org', 'contacts', 'detail', contactId, 'risk-profiles'] as const,
  documents: (contactId: string) => ['org', 'documents', 'contact', contactId] as const,
};
