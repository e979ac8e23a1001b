/** Query keys of the platform administration pages. */
export const adminKeys = {
  allowedNumbers: ['admin', 'allowed-numbers'] as const,
  recognitionTypes: ['admin', 'recognition-types'] as const,
  usersAll: ['admin', 'users'] as const,
  users: (q: string) => ['admin', 'users', q] as const,
};
