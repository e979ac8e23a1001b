import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeBeneficialOwners } from './compute-beneficial-owners.ts';
import type { OwnershipEdge, OwnershipGraph, OwnershipNode } from './ownership-graph.ts';

const person = (id: string): OwnershipNode => ({ id, kind: 'person' });
const entity = (id: string): OwnershipNode => ({ id, kind: 'entity' });
const holds = (ownerId: string, ownedId: string, basisPoints: number): OwnershipEdge => ({
  ownerId,
  ownedId,
  share: { basisPoints },
});

/** A day under the 2017 law ("more than 25 %"); the AMLR's threshold is tested on its own below. */
const BEFORE_AMLR = { on: '2026-12-01' };

function analyse(graph: OwnershipGraph, options = BEFORE_AMLR) {
  const result = computeBeneficialOwners(graph, options);
  if (!result.ok) throw new Error(`unexpected error ${JSON.stringify(result.error)}`);
  return result.value;
}

const owners = (graph: OwnershipGraph) =>
  Object.fromEntries(analyse(graph).beneficialOwners.map((p) => [p.personId, p.reasons]));

describe('computeBeneficialOwners: the threshold in force on the day (issue 14, item 7)', () => {
  const exactlyAQuarter: OwnershipGraph = {
    rootId: 'client',
    nodes: [entity('client'), entity('holding'), person('anna'), person('bart'), person('chloe')],
    edges: [
      holds('anna', 'client', 2500),
      holds('holding', 'client', 5000),
      holds('bart', 'holding', 5000),
      holds('chloe', 'client', 2499),
    ],
  };

  it.each([
    ['2026-12-01', 'be-2017', 'loi art. 4, 27°', {}],
    ['2027-07-09', 'be-2017', 'loi art. 4, 27°', {}],
    ['2027-07-10', 'eu-amlr-2027', 'AMLR art. 52 §1', { anna: ['ownership'], bart: ['ownership'] }],
    [
      '2030-01-01T08:00:00.000Z',
      'eu-amlr-2027',
      'AMLR art. 52 §1',
      { anna: ['ownership'], bart: ['ownership'] },
    ],
  ] as const)('on %s applies %s (%s)', (on, legalVersion, ownershipArticle, expected) => {
    const result = analyse(exactlyAQuarter, { on });
    expect(result.legalVersion).toBe(legalVersion);
    expect(result.ownershipArticle).toBe(ownershipArticle);
    expect(Object.fromEntries(result.beneficialOwners.map((p) => [p.personId, p.reasons]))).toEqual(expected);
    expect(result.seniorManagingOfficialsRequired).toBe(Object.keys(expected).length === 0);
  });

  it('counts a holding of exactly 25 % toward indirect control only from 10 July 2027', () => {
    const graph: OwnershipGraph = {
      rootId: 'client',
      nodes: [entity('client'), entity('holding'), person('dirk')],
      edges: [
        holds('holding', 'client', 2500),
        { ownerId: 'dirk', ownedId: 'holding', controls: ['appoints-directors'] },
      ],
    };
    expect(analyse(graph, { on: '2027-07-09' }).beneficialOwners).toEqual([]);
    expect(analyse(graph, { on: '2027-07-10' }).beneficialOwners.map((p) => p.reasons)).toEqual([
      ['indirect-control'],
    ]);
  });

  it('never finds fewer beneficial owners under the AMLR than under the 2017 law', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2500 }), { minLength: 1, maxLength: 4 }), (shares) => {
        const nodes = [entity('client'), ...shares.map((_, i) => person(`p${i}`))];
        const edges = shares.map((bp, i) => holds(`p${i}`, 'client', bp));
        const graph = { rootId: 'client', nodes, edges };
        const before = analyse(graph, { on: '2027-07-09' }).beneficialOwners.map((p) => p.personId);
        const after = analyse(graph, { on: '2027-07-10' }).beneficialOwners.map((p) => p.personId);
        return before.every((id) => after.includes(id));
      }),
    );
  });
});

describe('computeBeneficialOwners', () => {
  it('flags direct holders of strictly more than 25%', () => {
    const graph: OwnershipGraph = {
      rootId: 'client',
      nodes: [entity('client'), person('anna'), person('bart'), person('chloe')],
      edges: [holds('anna', 'client', 2501), holds('bart', 'client', 2500), holds('chloe', 'client', 4999)],
    };
    expect(owners(graph)).toEqual({ anna: ['ownership'], chloe: ['ownership'] });
    expect(analyse(graph).persons.map((p) => [p.personId, p.effectiveBasisPoints])).toEqual([
      ['chloe', 4999],
      ['anna', 2501],
      ['bart', 2500],
    ]);
  });

  it('multiplies along a chain: 60% of 50% is 30%, 50% of 50% is exactly 25% (not enough)', () => {
    const graph: OwnershipGraph = {
      rootId: 'client',
      nodes: [entity('client'), entity('holding'), person('anna'), person('bart')],
      edges: [
        holds('holding', 'client', 5000),
        holds('anna', 'holding', 6000),
        holds('bart', 'holding', 4000),
      ],
    };
    const result = analyse(graph);
    expect(result.persons.map((p) => [p.personId, p.effectiveBasisPoints])).toEqual([
      ['anna', 3000],
      ['bart', 2000],
    ]);
    // anna also controls the holding (> 50%), which holds more than 25%: indirect control too.
    expect(owners(graph)).toEqual({ anna: ['ownership', 'indirect-control'] });
  });

  it('sums over the paths of a diamond', () => {
    // anna holds 20% directly and 50% of a holding that holds 20%: 20% + 10% = 30%.
    const graph: OwnershipGraph = {
      rootId: 'client',
      nodes: [entity('client'), entity('h1'), entity('h2'), person('anna'), person('bart')],
      edges: [
        holds('anna', 'client', 2000),
        holds('h1', 'client', 2000),
        holds('h2', 'client', 2000),
        holds('anna', 'h1', 5000),
        holds('bart', 'h1', 5000),
        holds('bart', 'h2', 5000),
      ],
    };
    expect(analyse(graph).persons.map((p) => [p.personId, p.effectiveBasisPoints])).toEqual([
      ['anna', 3000],
      ['bart', 2000],
    ]);
    expect(owners(graph)).toEqual({ anna: ['ownership'] });
  });

  it('decides exactly 25% with exact fractions: 1/3 × 3/4 = 1/4 does not qualify', () => {
    const graph: OwnershipGraph = {
      rootId: 'client',
      nodes: [entity('client'), entity('h'), person('anna')],
      edges: [
        { ownerId: 'h', ownedId: 'client', share: { numerator: 3, denominator: 4 } },
        { ownerId: 'anna', ownedId: 'h', share: { numerator: 1, denominator: 3 } },
      ],
    };
    const anna = analyse(graph).persons[0];
    expect(anna?.effectiveShare).toEqual({ numerator: 1n, denominator: 4n });
    expect(anna?.reasons).toEqual([]);
    expect(analyse(graph).seniorManagingOfficialsRequired).toBe(true);
  });

  it('qualifies 25.0001% (floored to 2500 bp for display only)', () => {
    const graph: OwnershipGraph = {
      rootId: 'client',
      nodes: [entity('client'), person('anna')],
      edges: [{ ownerId: 'anna', ownedId: 'client', share: { numerator: 250_001, denominator: 1_000_000 } }],
    };
    const anna = analyse(graph).persons[0];
    expect(anna?.effectiveBasisPoints).toBe(2500);
    expect(anna?.reasons).toEqual(['ownership']);
  });

  it('flags direct control whatever the shares', () => {
    const graph: OwnershipGraph = {
      rootId: 'client',
      nodes: [entity('client'), person('director'), person('investor')],
      edges: [
        { ownerId: 'director', ownedId: 'client', controls: ['board-member'] },
        {
          ownerId: 'investor',
          ownedId: 'client',
          share: { basisPoints: 1000 },
          controls: ['de-facto-control'],
        },
      ],
    };
    const result = analyse(graph);
    expect(owners(graph)).toEqual({ director: ['control'], investor: ['control'] });
    expect(result.persons.find((p) => p.personId === 'investor')?.directControls).toEqual([
      'de-facto-control',
    ]);
  });

  it('flags indirect control: controlling a holding that controls the client', () => {
    const graph: OwnershipGraph = {
      rootId: 'client',
      nodes: [entity('client'), entity('h1'), entity('h2'), person('anna'), person('small')],
      edges: [
        { ownerId: 'h2', ownedId: 'client', controls: ['appoints-directors'] },
        holds('h1', 'h2', 5100),
        { ownerId: 'anna', ownedId: 'h1', controls: ['voting-rights-majority'] },
        holds('small', 'h1', 1000),
      ],
    };
    expect(owners(graph)).toEqual({ anna: ['indirect-control'] });
  });

  it('does not flag the majority holder of a holding that holds 25% or less', () => {
    const graph: OwnershipGraph = {
      rootId: 'client',
      nodes: [entity('client'), entity('h'), person('anna')],
      edges: [holds('h', 'client', 2500), holds('anna', 'h', 10_000)],
    };
    expect(owners(graph)).toEqual({});
  });

  it('requires senior managing officials when nobody qualifies', () => {
    const nodes = [entity('client'), ...['a', 'b', 'c', 'd', 'e'].map(person)];
    const edges = ['a', 'b', 'c', 'd', 'e'].map((id) => holds(id, 'client', 2000));
    const result = analyse({ rootId: 'client', nodes, edges });
    expect(result.beneficialOwners).toEqual([]);
    expect(result.seniorManagingOfficialsRequired).toBe(true);
  });

  it('refuses a cycle and names it', () => {
    const result = computeBeneficialOwners(
      {
        rootId: 'client',
        nodes: [entity('client'), entity('a'), entity('b'), person('p')],
        edges: [
          holds('a', 'client', 5000),
          holds('b', 'a', 5000),
          holds('a', 'b', 5000),
          holds('p', 'b', 5000),
        ],
      },
      BEFORE_AMLR,
    );
    expect(result).toEqual({ ok: false, error: { code: 'cycle', cycle: ['a', 'b', 'a'] } });
  });

  it('refuses a client that holds itself through others', () => {
    const result = computeBeneficialOwners(
      {
        rootId: 'client',
        nodes: [entity('client'), entity('a')],
        edges: [holds('a', 'client', 3000), holds('client', 'a', 3000)],
      },
      BEFORE_AMLR,
    );
    expect(result).toEqual({ ok: false, error: { code: 'cycle', cycle: ['client', 'a', 'client'] } });
  });

  it('ignores cycles that do not reach the client', () => {
    const result = computeBeneficialOwners(
      {
        rootId: 'client',
        nodes: [entity('client'), entity('x'), entity('y'), person('p')],
        edges: [holds('p', 'client', 10_000), holds('x', 'y', 5000), holds('y', 'x', 5000)],
      },
      BEFORE_AMLR,
    );
    expect(result.ok).toBe(true);
  });

  it.each([
    [
      { rootId: 'nope', nodes: [entity('client')], edges: [] },
      { code: 'unknown-node', nodeId: 'nope' },
    ],
    [
      { rootId: 'p', nodes: [person('p')], edges: [] },
      { code: 'root-not-entity', rootId: 'p' },
    ],
    [
      { rootId: 'c', nodes: [entity('c'), entity('c')], edges: [] },
      { code: 'duplicate-node', nodeId: 'c' },
    ],
    [
      { rootId: 'c', nodes: [entity('c')], edges: [holds('ghost', 'c', 100)] },
      { code: 'unknown-node', nodeId: 'ghost' },
    ],
    [
      { rootId: 'c', nodes: [entity('c'), person('p'), person('q')], edges: [holds('p', 'q', 100)] },
      { code: 'owned-person', ownerId: 'p', ownedId: 'q' },
    ],
    [
      { rootId: 'c', nodes: [entity('c'), person('p')], edges: [holds('p', 'c', 10_001)] },
      { code: 'invalid-share', ownerId: 'p', ownedId: 'c' },
    ],
    [
      {
        rootId: 'c',
        nodes: [entity('c'), person('p'), person('q')],
        edges: [holds('p', 'c', 6000), holds('q', 'c', 4001)],
      },
      { code: 'shares-exceed-whole', entityId: 'c' },
    ],
  ] as const)('refuses invalid graphs with a typed error (%#)', (graph, error) => {
    expect(computeBeneficialOwners(graph, BEFORE_AMLR)).toEqual({ ok: false, error });
  });

  it('gives the exact product of the holdings along any chain', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 10_000 }),
        (chain, personShare) => {
          // client ← e0 ← e1 … ← p
          const ids = chain.map((_, i) => `e${i}`);
          const nodes = [entity('client'), ...ids.map(entity), person('p')];
          const edges = chain.map((bp, i) => holds(ids[i] as string, i === 0 ? 'client' : `e${i - 1}`, bp));
          edges.push(holds('p', ids[ids.length - 1] as string, personShare));
          const result = analyse({ rootId: 'client', nodes, edges });
          const product = [...chain, personShare].reduce((acc, bp) => acc * BigInt(bp), 1n);
          const exact = result.persons[0]?.effectiveShare;
          // effective = Π(bp) / 10000^(n+1), compared by cross-multiplication
          expect(exact && exact.numerator * 10_000n ** BigInt(chain.length + 1)).toBe(
            product * (exact?.denominator ?? 0n),
          );
        },
      ),
    );
  });
});
