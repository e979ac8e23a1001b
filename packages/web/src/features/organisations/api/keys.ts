/**
 * Query keys of the organisation feature. Everything that depends on the session's ACTIVE organisation
 * lives under `['org']`, so switching organisation drops it in one call.
 */
export const organisationKeys = {
  mine: ['organisations', 'mine'] as const,
  activeScope: ['org'] as const,
  details: ['org', 'details'] as const,
  members: ['org', 'members'] as const,
  activity: (page: number, pageSize: number) => ['org', 'activity', page, pageSize] as const,
  activityAll: ['org', 'activity'] as const,
  amlStatus: ['org', 'aml-status'] as const,
};
