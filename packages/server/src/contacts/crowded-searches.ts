/**
 * The searches whose matches passed the count's cap when last run, so the next run of the same search
 * goes straight to the page in name order and the capped count, in parallel (issue 21). Without this, a
 * common surname first read its first 1,001 matches to count and sort them, found the cap passed, and
 * read its page again through the name index: two statements in a row, the first one wasted.
 *
 * Only a hint: either way the answer is the same (the page in name order and the capped count are always
 * right; reading the matches first is only faster when they are few). So it may be stale, and each
 * instance keeps its own. Bounded: the oldest entry leaves when a new one would pass `capacity`.
 */
export class CrowdedSearches {
  private readonly keys = new Map<string, true>();

  constructor(private readonly capacity = 2_000) {}

  has(key: string): boolean {
    return this.keys.has(key);
  }

  /** Records whether this search passed the cap when it was last run. */
  remember(key: string, crowded: boolean): void {
    this.keys.delete(key);
    if (!crowded) return;
    this.keys.set(key, true);
    if (this.keys.size > this.capacity) this.keys.delete(this.keys.keys().next().value!);
  }
}
