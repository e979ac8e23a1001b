import { describe, expect, it } from 'vitest';
import { tokeniseName } from './tokenise-name.ts';

const texts = (name: string, kind: Parameters<typeof tokeniseName>[1]) =>
  tokeniseName(name, kind).parts.map((part) => `${part.role}:${part.text}`);

describe('tokeniseName', () => {
  it('turns "LAST, First" around for persons', () => {
    expect(tokeniseName('PUTIN, Vladimir', 'person').folded).toBe('vladimir putin');
  });

  it('keeps a comma before a legal form in place', () => {
    expect(texts('CIMEX, S.A.', 'entity')).toEqual(['name:cimex']);
  });

  it('sets legal forms aside and maps generic words for organisations', () => {
    const name = tokeniseName('Immo Zaventem Holding BV', 'entity');
    expect(name.parts.map((part) => part.role)).toEqual(['name', 'name', 'generic']);
    expect(name.ignored).toEqual(['bv']);
    expect(tokeniseName('Al Nour Solidarité ASBL', 'entity').ignored).toEqual(['asbl']);
    expect(tokeniseName('Brabant Vastgoed NV', 'entity').ignored).toEqual(['nv']);
  });

  it('recognises multi-word legal forms in other languages', () => {
    expect(
      tokeniseName('Obshchestvo s ogranichennoy otvetstvennostyu Romashka', 'entity').parts,
    ).toHaveLength(1);
    expect(texts('Joint Stock Company DUKS', 'entity')).toEqual(['name:duks']);
  });

  it('does not strip a short legal form opening a name of unknown kind', () => {
    expect(texts('SA Peeters', 'unknown')[0]).toBe('name:sa');
  });

  it('drops titles before a person name but never the whole name', () => {
    expect(texts('General Jan Peeters', 'person')).toEqual(['name:jan', 'name:peeters']);
    expect(texts('General', 'person')).toEqual(['name:general']);
  });

  it('marks particles and initials', () => {
    expect(texts('J. van der Berg', 'person')).toEqual([
      'initial:j',
      'particle:van',
      'particle:der',
      'name:berg',
    ]);
  });

  it('promotes a name made only of generic words, but not a single one', () => {
    expect(texts('Special Industries Group', 'entity').every((text) => text.startsWith('name:'))).toBe(true);
    expect(texts('Holding Ltd', 'entity')).toEqual(['generic:holding']);
  });
});
