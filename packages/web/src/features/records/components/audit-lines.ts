import type { TAuditEvent } from '@vigilo/domain/contracts/records.ts';

/** One line of the audit viewer: an event, or several views of one subject by one person. */
export type TAuditLine = { event: TAuditEvent; repeated: number };

const hour = 3_600_000;
/** Actions that say only "someone looked": repeated, they are noise for the reader, not for the chain. */
const viewActions = new Set(['contact.viewed']);

/**
 * Collapses repeated views of the same subject by the same person within an hour into one line (the
 * latest, with the count); every other event keeps its own line. Events come newest first.
 */
export function collapseRepeatedViews(items: TAuditEvent[]): TAuditLine[] {
  const lines: TAuditLine[] = [];
  for (const event of items) {
    const last = lines.at(-1);
    const sameView =
      last !== undefined &&
      viewActions.has(event.action) &&
      last.event.action === event.action &&
      last.event.actorUserId === event.actorUserId &&
      last.event.subjectId === event.subjectId &&
      Date.parse(last.event.createdAt) - Date.parse(event.createdAt) < hour;
    if (sameView) last.repeated++;
    else lines.push({ event, repeated: 1 });
  }
  return lines;
}
