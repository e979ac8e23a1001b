import type { TDeclarationItem } from '@vigilo/domain/contracts/risk.ts';
import { describe, expect, it } from 'vitest';
import {
  daysSince,
  queueAges,
  queueStatuses,
  showsCtifBadge,
  sortDeclarations,
} from './declarations-sort.ts';

const item = (id: string, updatedAt: string, level: TDeclarationItem['level']) =>
  ({ subjectId: id, updatedAt, level }) as TDeclarationItem;

const items = [
  item('b', '2026-11-20T10:00:00Z', 'normal'),
  item('a', '2026-12-01T10:00:00Z', 'heightened'),
  item('c', '2026-10-01T10:00:00Z', null),
];
const ids = (list: TDeclarationItem[]) => list.map((i) => i.subjectId);

describe('the officer queue order', () => {
  it('keeps the server order until a column is chosen', () => {
    expect(ids(sortDeclarations(items, null))).toEqual(['b', 'a', 'c']);
  });

  it('sorts by last change, newest or oldest first', () => {
    expect(ids(sortDeclarations(items, { key: 'updated', descending: true }))).toEqual(['a', 'b', 'c']);
    expect(ids(sortDeclarations(items, { key: 'updated', descending: false }))).toEqual(['c', 'b', 'a']);
  });

  it('sorts by vigilance level, heightened first when descending', () => {
    expect(ids(sortDeclarations(items, { key: 'level', descending: true }))).toEqual(['a', 'b', 'c']);
  });

  it('counts whole days of waiting, never negative', () => {
    const now = Date.parse('2026-12-02T09:00:00Z');
    expect(daysSince('2026-11-20T10:00:00Z', now)).toBe(11);
    expect(daysSince('2026-12-03T10:00:00Z', now)).toBe(0);
  });
});

describe('the status column of the queue', () => {
  it('shows "reported to CTIF" only when the status badge does not already say so', () => {
    const row = (status: TDeclarationItem['status'], reportedToCtif: boolean) => ({ status, reportedToCtif });
    expect(showsCtifBadge(row('awaiting-ctif', true))).toBe(false);
    expect(showsCtifBadge(row('ctif-answered', true))).toBe(false);
    expect(showsCtifBadge(row('reported-personally', true))).toBe(false);
    // Closed after CTIF's answer: the status says "accepted", the badge keeps the report visible.
    expect(showsCtifBadge(row('accepted', true))).toBe(true);
    expect(showsCtifBadge(row('awaiting-officer', false))).toBe(false);
  });

  it('offers every status a declared case can have, and two waiting times', () => {
    expect(queueStatuses).toContain('suspicion-declared');
    expect(queueStatuses).not.toContain('draft');
    expect(queueAges).toEqual(['7', '30']);
  });
});
