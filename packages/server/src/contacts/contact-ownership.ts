import type { TContactData, TEntityData, TOwnershipResult } from '@vigilo/domain/contracts/contacts.ts';
import {
  computeBeneficialOwners,
  type OwnershipEdge,
  type OwnershipError,
} from '@vigilo/domain/ownership/index.ts';
import type { TDbOrTx } from '../db/client.ts';
import { findCurrentVersions } from './contacts.repository.ts';

const maxDepth = 10;

export type TOwnershipAnalysis =
  | { ok: true; results: TOwnershipResult[]; seniorManagingOfficialsRequired: boolean }
  | { ok: false; error: OwnershipError; names: string[] };

/**
 * Builds the ownership graph of an entity from its beneficial-owner links and, through intermediate
 * entities (holdings), their own links, then computes each natural person's effective ownership.
 */
export async function analyseOwnership(
  db: TDbOrTx,
  organisationId: string,
  rootId: string,
  rootData: TEntityData,
): Promise<TOwnershipAnalysis> {
  const nodes = new Map<string, { kind: 'person' | 'entity'; name: string }>([
    [rootId, { kind: 'entity', name: rootData.name }],
  ]);
  const edges: OwnershipEdge[] = [];
  let frontier: { id: string; data: TEntityData }[] = [{ id: rootId, data: rootData }];
  for (let depth = 0; depth < maxDepth && frontier.length > 0; depth++) {
    const next: { id: string; data: TEntityData }[] = [];
    const ids = frontier.flatMap((f) => f.data.beneficialOwners.map((l) => l.contactId));
    const found = new Map((await findCurrentVersions(db, organisationId, ids)).map((f) => [f.contact.id, f]));
    for (const { id, data } of frontier) {
      for (const link of data.beneficialOwners) {
        const owner = found.get(link.contactId);
        if (!owner) continue;
        edges.push({
          ownerId: link.contactId,
          ownedId: id,
          ...(link.ownershipPct !== undefined
            ? { share: { basisPoints: Math.round(link.ownershipPct * 100) } }
            : {}),
          ...(link.controls.length ? { controls: link.controls } : {}),
        });
        if (!nodes.has(link.contactId)) {
          nodes.set(link.contactId, { kind: owner.contact.kind, name: owner.contact.displayName });
          const ownerData = owner.data as TContactData;
          if (ownerData.kind === 'entity') next.push({ id: link.contactId, data: ownerData });
        }
      }
    }
    frontier = next;
  }
  // The threshold in force today (issue 14, item 7): "more than 25 %" until 9 July 2027, then "25 % or more".
  const result = computeBeneficialOwners(
    { rootId, nodes: [...nodes].map(([id, n]) => ({ id, kind: n.kind })), edges },
    { on: new Date().toISOString() },
  );
  if (!result.ok) {
    const names =
      result.error.code === 'cycle' ? result.error.cycle.map((id) => nodes.get(id)?.name ?? id) : [];
    return { ok: false, error: result.error, names };
  }
  return {
    ok: true,
    seniorManagingOfficialsRequired: result.value.seniorManagingOfficialsRequired,
    results: result.value.persons.map((p) => ({
      contactId: p.personId,
      displayName: nodes.get(p.personId)?.name ?? '',
      effectivePct: p.effectiveBasisPoints / 100,
      hasControl: p.directControls.length > 0 || p.reasons.some((r) => r !== 'ownership'),
      isBeneficialOwner: p.reasons.length > 0,
    })),
  };
}
