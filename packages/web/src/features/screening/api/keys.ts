/** Query keys of screening: under `['org']`, so switching organisation drops them. */
export const screeningKeys = {
  all: ['org', 'screening'] as const,
  contact: (contactId: string) => ['org', 'screening', 'contact', contactId] as const,
  newHits: ['org', 'screening', 'new-hits'] as const,
};

/** The duties after an asset-freeze match on a contact (issue 14, item 2). */
export const freezeDutiesKey = (contactId: string) => ['org', 'screening', 'freeze', contactId] as const;
