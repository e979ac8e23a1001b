import { type Fraction, fraction } from './fraction.ts';

/** A natural person or a legal entity (company, non-profit, trust, de-facto association…). */
export interface OwnershipNode {
  id: string;
  kind: 'person' | 'entity';
}

/**
 * Ways of controlling an entity other than by holding shares (loi 18/09/2017 art. 4, 27°;
 * law of 18 September 2017 art. 4, 27°): majority of voting rights, right to appoint or dismiss most directors,
 * de-facto control, a seat on the board, a role in a trust (settlor, trustee, protector).
 */
export type ControlType =
  | 'voting-rights-majority'
  | 'appoints-directors'
  | 'de-facto-control'
  | 'board-member'
  | 'trust-role';

/** A holding: given in basis points (2500 = 25%) or as an exact fraction (1/3). */
export type ShareInput = { basisPoints: number } | { numerator: number; denominator: number };

/** "owner holds `share` of owned and/or controls it by `controls`". */
export interface OwnershipEdge {
  ownerId: string;
  ownedId: string;
  share?: ShareInput;
  controls?: readonly ControlType[];
}

/** The structure of a legal-entity client, as declared in its beneficial-owner questionnaire. */
export interface OwnershipGraph {
  /** The client entity whose beneficial owners are sought. */
  rootId: string;
  nodes: readonly OwnershipNode[];
  edges: readonly OwnershipEdge[];
}

/** Why a graph cannot be analysed. A cycle is refused and named, for the officer to untangle. */
export type OwnershipError =
  | { code: 'duplicate-node'; nodeId: string }
  | { code: 'unknown-node'; nodeId: string }
  | { code: 'root-not-entity'; rootId: string }
  | { code: 'owned-person'; ownerId: string; ownedId: string }
  | { code: 'invalid-share'; ownerId: string; ownedId: string }
  | { code: 'shares-exceed-whole'; entityId: string }
  | { code: 'cycle'; cycle: string[] };

/** Converts a share input to an exact fraction in [0, 1], or null when out of range. */
export function toShareFraction(share: ShareInput): Fraction | null {
  const [numerator, denominator] =
    'basisPoints' in share ? [share.basisPoints, 10_000] : [share.numerator, share.denominator];
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) return null;
  if (denominator <= 0 || numerator < 0 || numerator > denominator) return null;
  return fraction(BigInt(numerator), BigInt(denominator));
}

/**
 * Finds a cycle among the owners of `rootId` (walking from each entity to its owners), or null.
 * Only cycles that reach the root matter: unrelated structures are ignored.
 */
export function findOwnershipCycle(rootId: string, ownersOf: Map<string, OwnershipEdge[]>): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (nodeId: string): string[] | null => {
    state.set(nodeId, 'visiting');
    stack.push(nodeId);
    for (const edge of ownersOf.get(nodeId) ?? []) {
      const seen = state.get(edge.ownerId);
      if (seen === 'visiting') return [...stack.slice(stack.indexOf(edge.ownerId)), edge.ownerId];
      if (seen === undefined) {
        const cycle = visit(edge.ownerId);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(nodeId, 'done');
    return null;
  };
  return visit(rootId);
}
