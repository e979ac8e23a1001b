import { describe, expect, it } from 'vitest';
import { plainCaseTitle, profileCaseTitle } from './case-title.ts';

describe('case titles', () => {
  it("name the profile's role in the reader's language, never as a code or a version", () => {
    const title = profileCaseTitle('WOUTERS Marc', 'buyer');
    expect(title('fr')).toBe('WOUTERS Marc (acheteur)');
    expect(title('nl')).toBe('WOUTERS Marc (koper)');
    expect(title('en')).toBe('WOUTERS Marc (buyer)');
    expect(profileCaseTitle('PEETERS Lieve', 'seller')('nl')).toBe('PEETERS Lieve (verkoper)');
  });

  it("keep a transaction's reference as it is", () => {
    expect(plainCaseTitle('TX-2026-001')('nl')).toBe('TX-2026-001');
  });
});
