/**
 * The reason with the collaborator's motivation quoted at its end, as the officer asked: a blank line
 * before it, and never twice.
 */
export function quoteMotivation(reason: string, quote: string): string {
  if (reason.includes(quote)) return reason;
  const text = reason.trimEnd();
  return text ? `${text}\n\n${quote}` : quote;
}
