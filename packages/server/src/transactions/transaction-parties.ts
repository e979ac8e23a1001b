import { searchTerms } from '@vigilo/domain/contacts/index.ts';
import type { TCreateTransactionRequest } from '@vigilo/domain/contracts/transactions.ts';
import { inArray } from 'drizzle-orm';
import { contactsWithCurrentVersionId, searchContactIds } from '../contacts/contacts.reads.ts';
import type { TDbOrTx, TTx } from '../db/client.ts';
import { riskProfilesOfContacts } from '../risk/risk.reads.ts';
import { transactionParties } from './transactions.schema.ts';

export type TIneligibility = 'no_accepted_profile' | 'version_already_used' | 'blocked';

export type TPartyCheck = {
  contactId: string;
  displayName: string;
  kind: 'person' | 'entity';
  currentVersionNo: number;
  contactVersionId: string;
  riskProfileId: string | null;
  level: 'normal' | 'heightened' | null;
  reason: TIneligibility | null;
};

/**
 * Whether contacts may be parties of a new transaction (M7): their current version's latest risk profile
 * is accepted, that version is not used by another transaction, and the contact is not blocked.
 */
export async function checkParties(
  db: TDbOrTx,
  organisationId: string,
  contactIds: string[],
): Promise<TPartyCheck[]> {
  if (contactIds.length === 0) return [];
  const rows = await contactsWithCurrentVersionId(db, organisationId, contactIds);
  const versionIds = rows.map((r) => r.versionId);
  const used = new Set(
    (
      await db
        .select({ v: transactionParties.contactVersionId })
        .from(transactionParties)
        .where(
          inArray(
            transactionParties.contactVersionId,
            versionIds.length ? versionIds : ['00000000-0000-0000-0000-000000000000'],
          ),
        )
    ).map((u) => u.v),
  );
  const profiles = await riskProfilesOfContacts(db, organisationId, contactIds, 'newest-first');
  return rows.map(({ contact, versionId }) => {
    const latest = profiles.find(
      (p) => p.contactId === contact.id && p.contactVersionNo === contact.currentVersionNo,
    );
    const accepted = latest?.status === 'accepted' ? latest : null;
    const reason: TIneligibility | null =
      contact.status === 'blocked'
        ? 'blocked'
        : used.has(versionId)
          ? 'version_already_used'
          : !accepted
            ? 'no_accepted_profile'
            : null;
    return {
      contactId: contact.id,
      displayName: contact.displayName,
      kind: contact.kind,
      currentVersionNo: contact.currentVersionNo,
      contactVersionId: versionId,
      riskProfileId: accepted?.id ?? null,
      level: accepted?.level ?? null,
      reason,
    };
  });
}

/** Contacts matching a search, each with whether it can be added and why not (shown greyed). */
export async function findPartyCandidates(db: TDbOrTx, organisationId: string, q: string) {
  const found = await searchContactIds(db, organisationId, searchTerms(q), 30);
  const checks = await checkParties(db, organisationId, found);
  const order = new Map(found.map((id, i) => [id, i]));
  return checks
    .sort((a, b) => (order.get(a.contactId) ?? 0) - (order.get(b.contactId) ?? 0))
    .map((c) => ({
      contactId: c.contactId,
      displayName: c.displayName,
      kind: c.kind,
      currentVersionNo: c.currentVersionNo,
      eligible: c.reason === null,
      reason: c.reason,
    }));
}

type TPartyChecks = Awaited<ReturnType<typeof checkParties>>;

/** Each party must be a contact of the agency whose current version has an accepted risk profile. */
export function partyErrors(parties: TCreateTransactionRequest['parties'], checks: TPartyChecks) {
  return parties.flatMap((party, i) => {
    const check = checks.find((c) => c.contactId === party.contactId);
    if (!check) return [{ field: `parties.${i}.contactId`, code: 'linked_contact_not_found' }];
    return check.reason ? [{ field: `parties.${i}.contactId`, code: `party_${check.reason}` }] : [];
  });
}

/** Each party serves with its current version and the accepted profile of that version. */
export async function insertParties(
  tx: TTx,
  organisationId: string,
  transactionId: string,
  parties: TCreateTransactionRequest['parties'],
  checks: TPartyChecks,
) {
  for (const party of parties) {
    const check = checks.find((c) => c.contactId === party.contactId)!;
    await tx.insert(transactionParties).values({
      organisationId,
      transactionId,
      contactId: party.contactId,
      contactVersionId: check.contactVersionId,
      contactVersionNo: check.currentVersionNo,
      riskProfileId: check.riskProfileId!,
      role: party.role,
      side: party.side ?? null,
    });
  }
}
