import type { TAuditEvent } from '@vigilo/domain/contracts/records.ts';
import { describe, expect, it } from 'vitest';
import { collapseRepeatedViews } from './audit-lines.ts';

let nextId = 1;
function event(action: string, actorUserId: string, createdAt: string, subjectId = 'c1'): TAuditEvent {
  return {
    id: nextId++,
    createdAt,
    action,
    subjectType: 'contact',
    subjectId,
    actorUserId,
    actorName: actorUserId,
    ip: null,
    payload: {},
    redactedAt: null,
    hash: 'h',
    link: null,
  };
}

describe('audit lines', () => {
  it('collapse views of one contact by one person within an hour into one line with the count', () => {
    const lines = collapseRepeatedViews([
      event('contact.viewed', 'lieve', '2026-12-01T10:50:00Z'),
      event('contact.viewed', 'lieve', '2026-12-01T10:20:00Z'),
      event('contact.viewed', 'lieve', '2026-12-01T10:00:00Z'),
      event('contact.viewed', 'lieve', '2026-12-01T08:00:00Z'),
    ]);
    expect(lines.map((l) => l.repeated)).toEqual([3, 1]);
  });

  it('keep views by other people, of other contacts, and every other action on their own lines', () => {
    const lines = collapseRepeatedViews([
      event('contact.viewed', 'lieve', '2026-12-01T10:50:00Z'),
      event('contact.viewed', 'marc', '2026-12-01T10:49:00Z'),
      event('contact.viewed', 'marc', '2026-12-01T10:48:00Z', 'c2'),
      event('contact.updated', 'marc', '2026-12-01T10:47:00Z', 'c2'),
      event('contact.updated', 'marc', '2026-12-01T10:46:00Z', 'c2'),
    ]);
    expect(lines.map((l) => l.repeated)).toEqual([1, 1, 1, 1, 1]);
  });
});
