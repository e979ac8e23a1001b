import { describe, expect, it } from 'vitest';
import { canClientUse, canReview, canRevoke, clientLinkStatuses } from './client-link-rules.ts';

const expiresAt = new Date('2026-12-15T10:00:00Z');
const before = new Date('2026-12-15T09:59:59Z');

describe('client link rules', () => {
  it('lets the client use an open or returned link until it expires, and nothing else', () => {
    const usable = clientLinkStatuses.filter((status) => canClientUse({ status, expiresAt }, before));
    expect(usable).toEqual(['open', 'returned']);
    expect(canClientUse({ status: 'open', expiresAt }, expiresAt)).toBe(false);
  });

  it('reviews only a submitted link and revokes anything not yet accepted or revoked', () => {
    expect(clientLinkStatuses.filter((status) => canReview({ status, expiresAt }))).toEqual(['submitted']);
    expect(clientLinkStatuses.filter((status) => canRevoke({ status, expiresAt }))).toEqual([
      'open',
      'submitted',
      'returned',
    ]);
  });
});
