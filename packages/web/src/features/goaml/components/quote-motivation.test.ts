import { describe, expect, it } from 'vitest';
import { quoteMotivation } from './quote-motivation.ts';

const quote = 'Motivering van de interne melding:\nFondsen uit een erfenis.';

describe("quoting the collaborator's motivation in a goAML reason", () => {
  it('adds it after the reason, separated by a blank line, only when the officer asks', () => {
    expect(quoteMotivation('Herkomst van de fondsen twijfelachtig.\n', quote)).toBe(
      `Herkomst van de fondsen twijfelachtig.\n\n${quote}`,
    );
    expect(quoteMotivation('', quote)).toBe(quote);
  });

  it('never quotes it twice', () => {
    const once = quoteMotivation('Reden.', quote);
    expect(quoteMotivation(once, quote)).toBe(once);
  });
});
