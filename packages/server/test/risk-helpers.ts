import type { TestClient } from './harness.ts';

type TQuestion = { id: string; kind: string; options?: { value: string }[] };

/** An answer that raises no risk factor for each kind of question ("acts on own account" is yes). */
function safeAnswer(q: TQuestion): unknown {
  if (q.kind === 'yes-no') return q.id === 'actsOnOwnAccount';
  if (q.kind === 'single-choice') return q.options?.[0]?.value;
  if (q.kind === 'multi-choice') return [q.options?.[0]?.value];
  if (q.kind === 'amount') return 100_000;
  if (q.kind === 'country') return 'BE';
  if (q.kind === 'iban') return 'BE68539007547034';
  if (q.kind === 'date') return '2020-01-01';
  return 'n/a';
}

/**
 * Answers a profile's questionnaire as the web does, step by step: each save may show new questions.
 * `overrides` fix chosen answers (e.g. `{ isPep: true }`).
 */
export async function answerAll(client: TestClient, url: string, overrides: Record<string, unknown> = {}) {
  let answers: Record<string, unknown> = { ...overrides };
  for (let round = 0; round < 5; round++) {
    const profile = (await client.get(url)).body;
    const missing = profile.questions.filter((q: TQuestion) => !(q.id in answers));
    if (missing.length === 0) break;
    for (const q of missing) answers[q.id] = safeAnswer(q);
    answers = { ...answers, ...overrides };
    const saved = await client.request('PUT', `${url}/answers`, { answers });
    if (saved.status !== 200) throw new Error(`saving answers failed: ${JSON.stringify(saved.body)}`);
  }
  return answers;
}
