// SOURCE: written by hand for Vigilo (December 2026) from the ALA-LC Arabic romanisation table and the
// spellings of the UN, EU and OFAC lists. Arabic given names that differ by a long vowel or a letter the
// usual Latin spellings leave out, so that their spellings share a consonant skeleton or lie within one
// edit of each other, yet are different names: حسن Ḥasan and حسين Ḥusayn (Hassan / Hussain), محمد
// Muḥammad and محمود Maḥmūd (Mohamed / Mahmoud). Each group holds the folded spellings of one name; a
// word of one group never matches a word of another.

/** Groups of spellings of names that must not be taken for one another. */
export const DISTINCT_NAME_GROUPS: readonly (readonly (readonly string[])[])[] = [
  [
    ['hasan', 'hassan', 'hasen', 'hassen', 'hacen'],
    [
      'husayn',
      'hussein',
      'hussain',
      'husain',
      'husein',
      'hussien',
      'hossein',
      'hosein',
      'houssein',
      'hossain',
    ],
  ],
  [
    ['muhammad', 'muhammed', 'mohammad', 'mohammed', 'mohamed', 'mohamad', 'mohd', 'mehmet', 'mamadou'],
    ['mahmud', 'mahmood', 'mahmoud', 'mehmood', 'mahmut'],
  ],
];
