import { describe, expect, it } from 'vitest';
import { contactReviewDueOn } from './periodic-review.service.ts';

describe("a contact's review date follows the domain rule (reviewDueDate)", () => {
  it('31 January + 1 month is the last day of February, not 3 March', () => {
    expect(contactReviewDueOn(new Date('2027-01-31T10:00:00Z'), 1)).toBe('2027-02-28');
    expect(contactReviewDueOn(new Date('2028-01-31T10:00:00Z'), 1)).toBe('2028-02-29');
    expect(contactReviewDueOn(new Date('2026-08-31T10:00:00Z'), 24)).toBe('2028-08-31');
  });

  it('counts from the Belgian day of the computation', () => {
    // 23:30 UTC on 30 January is already 31 January in Brussels.
    expect(contactReviewDueOn(new Date('2027-01-30T23:30:00Z'), 1)).toBe('2027-02-28');
    expect(contactReviewDueOn(new Date('2027-03-31T21:59:00Z'), 1)).toBe('2027-04-30');
  });
});
