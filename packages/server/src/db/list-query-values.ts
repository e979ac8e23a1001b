/**
 * The placeholder values the paged lists (contacts, transactions) share: the words searched as `LIKE`
 * patterns, a creation-date range in whole days, and the page window. Each list builds its own statement.
 */
export function listQueryValues(
  terms: readonly string[],
  query: { createdFrom?: string | undefined; createdTo?: string | undefined; page: number; pageSize: number },
): Record<string, unknown> {
  const values: Record<string, unknown> = {
    createdFrom: query.createdFrom ? `${query.createdFrom}T00:00:00Z` : undefined,
    // The end day is included: everything before the next midnight (UTC, as the dates are stored).
    createdTo: query.createdTo
      ? new Date(new Date(`${query.createdTo}T00:00:00Z`).getTime() + 86_400_000).toISOString()
      : undefined,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  };
  terms.forEach((term, i) => {
    values[`term${i}`] = `%${escapeLike(term)}%`;
  });
  return values;
}

/** A word matched anywhere in the search text: `%`, `_` and `\` in it are literal. */
function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}
