import { describe, expect, it } from 'vitest';
import { translator } from './i18n.ts';

// E-mails are read outside the application: a list id ("be") or an ISO date there is a raw code to the reader.
describe('e-mail templates put codes and dates in the reader’s words', () => {
  it('names the list and writes its date day first, in each language', () => {
    const vars = { source: 'be', listDate: '2023-09-20', days: '30', url: 'http://localhost' };
    expect(translator('fr')('mail:listsStale.subject', vars)).toBe(
      'Liste de sanctions dépassée : «\u00a0Liste nationale belge\u00a0»',
    );
    expect(translator('fr')('mail:listsStale.body', vars)).toContain('publiée le 20/09/2023');
    expect(translator('nl')('mail:listsStale.subject', vars)).toBe(
      'Sanctielijst verouderd: “Belgische nationale lijst”',
    );
    expect(translator('en')('mail:listsStale.body', vars)).toContain('published on 20/09/2023');
  });

  it('writes a failure’s start in Brussels time and no technical error text', () => {
    const body = translator('nl')('mail:listSourceFailing.body', {
      source: 'eu',
      since: '2026-12-01T23:30:00.000Z',
      error: 'ECONNRESET',
      url: 'http://localhost',
    });
    expect(body).toContain('sinds 02/12/2026 00:30');
    expect(body).not.toContain('ECONNRESET');
    expect(body).not.toMatch(/\b(eu|2026-12-01)\b/);
  });

  it('writes review dates day first in subjects and validation messages', () => {
    expect(translator('fr')('mail:reviewDueSoon.subject', { due: '2027-01-31', title: 'X' })).toBe(
      'Révision à faire avant le 31/01/2027 : X',
    );
    expect(translator('en')('validation:party_review_overdue', { name: 'X', due: '2026-11-30' })).toBe(
      'X: risk profile review overdue since 30/11/2026',
    );
  });
});
