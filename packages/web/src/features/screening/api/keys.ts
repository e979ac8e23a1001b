/** Query keys of screening: under `['org']`, so switching organisation drops them. */
export const screeningKeys = {
  all: ['org', 'screening'] as const,
  contact: (contactId: string) => ['org', 'screening', 'contact', contactId] as const,
  newHits: ['org', 'screening', 'new-hits'] as const,
};
