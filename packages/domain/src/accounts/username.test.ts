import { describe, expect, it } from 'vitest';
import { proposeUsername, usernamePattern } from './username.ts';

describe('proposeUsername', () => {
  it('folds accents and joins first and last name', () => {
    expect(proposeUsername('Éloïse', 'Van den Broeck')).toBe('eloise.van-den-broeck');
  });
  it('produces a valid username for ordinary names', () => {
    for (const [f, l] of [
      ['Jan', 'Peeters'],
      ['Marie-Claire', "D'Hondt"],
      ['Ömer', 'Yılmaz'],
    ] as const) {
      expect(proposeUsername(f, l)).toMatch(usernamePattern);
    }
  });
  it('drops characters that are not letters or digits', () => {
    expect(proposeUsername('  Ana ', '  !!Silva?? ')).toBe('ana.silva');
  });
});
