import { LEGAL_VERSION_DEFINITIONS, type LegalVersion, legalVersionOn } from '../legal/legal-versions.ts';
import {
  add,
  compare,
  type Fraction,
  fraction,
  multiply,
  ONE,
  ONE_HALF,
  toBasisPointsFloor,
  ZERO,
} from './fraction.ts';
import {
  type ControlType,
  findOwnershipCycle,
  type OwnershipEdge,
  type OwnershipError,
  type OwnershipGraph,
  toShareFraction,
} from './ownership-graph.ts';

/** Why a natural person is a beneficial owner. */
export type BeneficialOwnerReason = 'ownership' | 'control' | 'indirect-control';

/** What the analysis found for one natural person in the structure. */
export interface PersonOwnership {
  personId: string;
  /** Exact effective share of the client: products along each chain, summed over chains. */
  effectiveShare: Fraction;
  /** The same, floored to basis points (display only; 2500 = 25.00%). */
  effectiveBasisPoints: number;
  /** Control types the person holds directly over the client. */
  directControls: ControlType[];
  /** Empty when the person does not qualify. */
  reasons: BeneficialOwnerReason[];
}

/** Outcome of {@link computeBeneficialOwners}. */
export interface BeneficialOwnerAnalysis {
  rootId: string;
  /** Every natural person in the structure above the client, largest effective share first. */
  persons: PersonOwnership[];
  /** The persons with at least one reason. */
  beneficialOwners: PersonOwnership[];
  /**
   * True when nobody qualifies: the senior managing official(s) must then be recorded as
   * beneficial owners (loi 18/09/2017 art. 4, 27°, a, ii).
   */
  seniorManagingOfficialsRequired: boolean;
  /** The rules applied: those in force on the day of the analysis (issue 14, item 7). */
  legalVersion: LegalVersion;
  /** The provision setting the ownership threshold applied (`loi art. 4, 27°` or `AMLR art. 52 §1`). */
  ownershipArticle: string;
}

/** When the analysis is made: the ownership threshold is the one in force that day. */
export interface OwnershipAnalysisOptions {
  /** ISO day (`YYYY-MM-DD`) or timestamp. */
  on: string;
}

type Indexed = { ownersOf: Map<string, OwnershipEdge[]>; shares: Map<OwnershipEdge, Fraction> };

function indexGraph(
  graph: OwnershipGraph,
): { ok: true; value: Indexed } | { ok: false; error: OwnershipError } {
  const kinds = new Map<string, 'person' | 'entity'>();
  for (const node of graph.nodes) {
    if (kinds.has(node.id)) return { ok: false, error: { code: 'duplicate-node', nodeId: node.id } };
    kinds.set(node.id, node.kind);
  }
  const rootKind = kinds.get(graph.rootId);
  if (rootKind === undefined) return { ok: false, error: { code: 'unknown-node', nodeId: graph.rootId } };
  if (rootKind !== 'entity') return { ok: false, error: { code: 'root-not-entity', rootId: graph.rootId } };

  const ownersOf = new Map<string, OwnershipEdge[]>();
  const shares = new Map<OwnershipEdge, Fraction>();
  const totals = new Map<string, Fraction>();
  for (const edge of graph.edges) {
    const { ownerId, ownedId } = edge;
    for (const id of [ownerId, ownedId]) {
      if (!kinds.has(id)) return { ok: false, error: { code: 'unknown-node', nodeId: id } };
    }
    if (kinds.get(ownedId) === 'person')
      return { ok: false, error: { code: 'owned-person', ownerId, ownedId } };
    const share = edge.share === undefined ? ZERO : toShareFraction(edge.share);
    if (share === null) return { ok: false, error: { code: 'invalid-share', ownerId, ownedId } };
    shares.set(edge, share);
    const total = add(totals.get(ownedId) ?? ZERO, share);
    if (compare(total, ONE) > 0)
      return { ok: false, error: { code: 'shares-exceed-whole', entityId: ownedId } };
    totals.set(ownedId, total);
    ownersOf.set(ownedId, [...(ownersOf.get(ownedId) ?? []), edge]);
  }
  return { ok: true, value: { ownersOf, shares } };
}

/**
 * Computes who the beneficial owners of a legal-entity client are (loi 18/09/2017 art. 4, 27°, until
 * 9 July 2027; AMLR (EU) 2024/1624 art. 51–52 from 10 July 2027; issue 4):
 * - **ownership**: effective share above the threshold in force on `options.on` — strictly more than
 *   25% under the 2017 law, 25% or more under the AMLR — multiplying shares along each chain of
 *   entities and summing over all chains (a 50% holder of a 50% holder has exactly 25%: not enough
 *   before 10 July 2027, enough from that day);
 * - **control**: any direct control of the client (voting majority, appointing directors,
 *   de-facto control, board seat, trust role);
 * - **indirect-control**: control of an intermediate entity (control right or > 50% of it, at any
 *   depth) that itself holds more than 25% of the client or controls it.
 * Exact rational arithmetic is used throughout. Circular holdings are refused with the cycle
 * named (`{ code: 'cycle', cycle }`), because cross-holdings hide the real owners and must be
 * analysed by the AML officer rather than approximated.
 */
export function computeBeneficialOwners(
  graph: OwnershipGraph,
  options: OwnershipAnalysisOptions,
): { ok: true; value: BeneficialOwnerAnalysis } | { ok: false; error: OwnershipError } {
  const legalVersion = legalVersionOn(options.on);
  const rules = LEGAL_VERSION_DEFINITIONS[legalVersion];
  const threshold = fraction(BigInt(rules.ownershipThresholdBasisPoints), 10_000n);
  const reachesThreshold = (share: Fraction): boolean =>
    rules.ownershipThresholdRule === 'at-least'
      ? compare(share, threshold) >= 0
      : compare(share, threshold) > 0;
  const indexed = indexGraph(graph);
  if (!indexed.ok) return indexed;
  const { ownersOf, shares } = indexed.value;
  const cycle = findOwnershipCycle(graph.rootId, ownersOf);
  if (cycle) return { ok: false, error: { code: 'cycle', cycle } };

  const kindOf = new Map(graph.nodes.map((node) => [node.id, node.kind]));
  const { edgesFrom, reachable } = holdingsAbove(graph.rootId, ownersOf);
  const effectiveShareOf = effectiveShares(graph.rootId, edgesFrom, shares);
  const dominatedBy = dominance(edgesFrom, shares);

  const persons: PersonOwnership[] = [...reachable]
    .filter((id) => kindOf.get(id) === 'person')
    .map((personId) => {
      const effectiveShare = effectiveShareOf(personId);
      const directEdges = (edgesFrom.get(personId) ?? []).filter((edge) => edge.ownedId === graph.rootId);
      const directControls = [...new Set(directEdges.flatMap((edge) => edge.controls ?? []))];
      const reasons: BeneficialOwnerReason[] = [];
      if (reachesThreshold(effectiveShare)) reasons.push('ownership');
      if (directControls.length > 0) reasons.push('control');
      const viaEntities = [...dominatedBy(personId)].filter((id) => id !== graph.rootId);
      const controlsAQualifyingHolder = viaEntities.some(
        (id) => reachesThreshold(effectiveShareOf(id)) || dominatedBy(id).has(graph.rootId),
      );
      if (controlsAQualifyingHolder) reasons.push('indirect-control');
      return {
        personId,
        effectiveShare,
        effectiveBasisPoints: toBasisPointsFloor(effectiveShare),
        directControls,
        reasons,
      };
    })
    .sort((a, b) => compare(b.effectiveShare, a.effectiveShare) || a.personId.localeCompare(b.personId));

  const beneficialOwners = persons.filter((person) => person.reasons.length > 0);
  return {
    ok: true,
    value: {
      rootId: graph.rootId,
      persons,
      beneficialOwners,
      seniorManagingOfficialsRequired: beneficialOwners.length === 0,
      legalVersion,
      ownershipArticle: rules.ownershipArticle,
    },
  };
}

/** Every node holding the root, directly or through others, and the holdings going up from each. */
function holdingsAbove(rootId: string, ownersOf: Map<string, OwnershipEdge[]>) {
  const edgesFrom = new Map<string, OwnershipEdge[]>();
  const reachable = new Set<string>();
  const collect = (id: string): void => {
    for (const edge of ownersOf.get(id) ?? []) {
      edgesFrom.set(edge.ownerId, [...(edgesFrom.get(edge.ownerId) ?? []), edge]);
      if (!reachable.has(edge.ownerId)) {
        reachable.add(edge.ownerId);
        collect(edge.ownerId);
      }
    }
  };
  collect(rootId);
  return { edgesFrom, reachable };
}

/** Effective share of the root held by a node: Σ over its holdings of share × holding's share. */
function effectiveShares(
  rootId: string,
  edgesFrom: Map<string, OwnershipEdge[]>,
  shares: Map<OwnershipEdge, Fraction>,
): (id: string) => Fraction {
  const effective = new Map<string, Fraction>([[rootId, ONE]]);
  const effectiveShareOf = (id: string): Fraction => {
    const known = effective.get(id);
    if (known) return known;
    let total = ZERO;
    for (const edge of edgesFrom.get(id) ?? []) {
      total = add(total, multiply(shares.get(edge) ?? ZERO, effectiveShareOf(edge.ownedId)));
    }
    effective.set(id, total);
    return total;
  };
  return effectiveShareOf;
}

/** "Dominates": a control right over, or more than half of, an entity — directly or via a chain. */
function dominance(
  edgesFrom: Map<string, OwnershipEdge[]>,
  shares: Map<OwnershipEdge, Fraction>,
): (id: string) => Set<string> {
  const dominated = new Map<string, Set<string>>();
  const dominatedBy = (id: string): Set<string> => {
    const known = dominated.get(id);
    if (known) return known;
    const result = new Set<string>();
    for (const edge of edgesFrom.get(id) ?? []) {
      const hasControl = (edge.controls?.length ?? 0) > 0;
      if (hasControl || compare(shares.get(edge) ?? ZERO, ONE_HALF) > 0) {
        result.add(edge.ownedId);
        for (const further of dominatedBy(edge.ownedId)) result.add(further);
      }
    }
    dominated.set(id, result);
    return result;
  };
  return dominatedBy;
}
