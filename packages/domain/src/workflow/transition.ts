/** Tool roles that act in workflows (docs/ARCHITECTURE.md "Roles"). An officer has every collaborator right. */
export type ActorRole = 'collaborator' | 'officer';

/** Side effects a transition asks the service to carry out after persisting it (M6 notifications). */
export type WorkflowEffect = 'notify-officer' | 'notify-collaborator';

/** Result of a pure transition: the next state (+ effects) or a coded refusal. */
export type TransitionResult<S, E extends string> =
  | { ok: true; next: S; effects: WorkflowEffect[] }
  | { ok: false; error: E };

/** Builds a successful transition. */
export const moveTo = <S>(next: S, effects: WorkflowEffect[] = []) => ({ ok: true as const, next, effects });

/** Builds a refusal. */
export const refuse = <E extends string>(error: E) => ({ ok: false as const, error });

/** Whether a text is an ISO calendar date (YYYY-MM-DD) that exists. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
