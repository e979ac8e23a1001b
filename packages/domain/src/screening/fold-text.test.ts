import { describe, expect, it } from 'vitest';
import { foldText } from './fold-text.ts';

describe('foldText', () => {
  it('removes case, accents and punctuation', () => {
    expect(foldText('  Évelyne  DE-BRUYNE-Müller ')).toBe('evelyne de bruyne muller');
  });

  it('drops apostrophes and abbreviation dots instead of splitting on them', () => {
    expect(foldText("Mu'ammar al-Qadhafi")).toBe('muammar al qadhafi');
    expect(foldText('O’Neill N.V.')).toBe('oneill nv');
  });

  it('transliterates Cyrillic, Greek and Arabic to Latin', () => {
    expect(foldText('Владимир Путин')).toBe('vladimir putin');
    expect(foldText('Σωκράτης')).toBe('sokratis');
    expect(foldText('صدام حسين')).toBe('sdm hsyn');
    // A screened name writes Arabic long vowels (ALA-LC ā ū ī).
    expect(foldText('صدام حسين', { isQuery: true })).toBe('sdam hsin');
  });

  it('splits syllabic scripts into one part per syllable', () => {
    expect(foldText('金正恩')).toBe('jin zheng en');
  });
});
