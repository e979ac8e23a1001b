// Generated once from compare.yml of opensanctions/rigour @ 8f4044dd (MIT).
// Do not edit by hand; regenerate with the snippet described in docs/SCREENING.md.

/** Visually or phonetically confusable character pairs; an edit between them costs less. */
export const CONFUSABLE_PAIRS: readonly (readonly [string, string])[] = [
  ['0', 'o'],
  ['1', 'i'],
  ['1', 'l'],
  ['g', '9'],
  ['q', '9'],
  ['b', '6'],
  ['5', 's'],
  ['e', 'i'],
  ['o', 'u'],
  ['i', 'j'],
  ['i', 'y'],
  ['c', 'k'],
  ['n', 'h'],
];
