import { createHash, randomBytes } from 'node:crypto';
import {
  canClientUse,
  canReview,
  canRevoke,
  isClientLinkExpired,
} from '@vigilo/domain/client-links/client-link-rules.ts';
import type {
  TClientLink,
  TClientSubmission,
  TCreateClientLinkRequest,
  TPublicClientLink,
  TReviewClientLinkRequest,
} from '@vigilo/domain/contracts/client-links.ts';
import type { TContactData } from '@vigilo/domain/contracts/contacts.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { createContact, getContactDetail, updateContact } from '../contacts/contacts.service.ts';
import type { TAppContext } from '../context.ts';
import type { TDb } from '../db/client.ts';
import type { TActor } from '../http/actor.ts';
import { findOrganisationById } from '../organisations/organisation-by-id.ts';
import { emitWebhookEvent } from '../webhooks/webhook-events.ts';
import * as repo from './client-links.repository.ts';

const DAY_MS = 86_400_000;

/** 256 random bits, URL-safe: unguessable; only its SHA-256 is stored. */
function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function present(row: repo.TClientLinkRow, now = new Date()): TClientLink {
  return {
    id: row.id,
    kind: row.kind,
    contactId: row.contactId,
    language: row.language,
    status: row.status,
    isExpired: isClientLinkExpired(row, now),
    expiresAt: row.expiresAt.toISOString(),
    openedAt: row.openedAt?.toISOString() ?? null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    reviewComment: row.reviewComment,
    createdAt: row.createdAt.toISOString(),
  };
}

async function getLink(ctx: TAppContext, actor: TActor, id: string) {
  const row = await repo.findClientLink(ctx.db, actor.organisationId, id);
  if (!row) throw new AppError('not_found');
  return row;
}

/** Creates a link for a new or an existing contact; the URL (with the token) is returned this once. */
export async function createClientLink(
  ctx: TAppContext,
  actor: TActor,
  input: TCreateClientLinkRequest,
): Promise<{ link: TClientLink; url: string }> {
  if (input.contactId) {
    const contact = await getContactDetail(ctx, actor, input.contactId);
    if (contact.kind !== input.kind)
      throw new AppError('validation_failed', { fields: [{ field: 'kind', code: 'invalid_value' }] });
  }
  const { token, tokenHash } = newToken();
  const row = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertClientLink(tx, {
      organisationId: actor.organisationId,
      contactId: input.contactId ?? null,
      kind: input.kind,
      language: input.language,
      tokenHash,
      expiresAt: new Date(Date.now() + input.expiresInDays * DAY_MS),
      createdBy: actor.userId,
    });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'client_link.created',
      subjectType: 'client_link',
      subjectId: created.id,
      payload: {
        contactId: created.contactId,
        kind: created.kind,
        expiresAt: created.expiresAt.toISOString(),
      },
      ip: actor.ip,
    });
    return created;
  });
  return { link: present(row), url: `${ctx.config.publicUrl}/identify/${token}` };
}

export async function listClientLinks(ctx: TAppContext, actor: TActor): Promise<TClientLink[]> {
  const now = new Date();
  return (await repo.listClientLinks(ctx.db, actor.organisationId)).map((row) => present(row, now));
}

/** The submission beside the contact's current data, for the collaborator's review. */
export async function getClientLinkReview(ctx: TAppContext, actor: TActor, id: string) {
  const row = await getLink(ctx, actor, id);
  const current = row.contactId ? (await getContactDetail(ctx, actor, row.contactId)).current.data : null;
  return { link: present(row), submission: row.submission ?? null, ...(current ? { current } : {}) };
}

/**
 * Accepts the submission into a new contact (or a new version of the contact), screened as usual by
 * the contacts module, or sends it back to the client with a comment.
 */
export async function reviewClientLink(
  ctx: TAppContext,
  actor: TActor,
  id: string,
  review: TReviewClientLinkRequest,
): Promise<TClientLink> {
  await getLink(ctx, actor, id);
  // One transaction for the contact and the link: the contacts module's own transaction becomes a
  // savepoint in it, so a double click or two reviewers cannot create the contact twice.
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await repo.lockClientLink(tx, id);
    if (!row || !canReview(row) || !row.submission) throw new AppError('invalid_transition');
    let contactId = row.contactId;
    if (review.decision === 'accept') {
      const inTx: TAppContext = { ...ctx, db: tx as unknown as TDb };
      const data = row.submission.data as TContactData;
      contactId = contactId
        ? (await updateContact(inTx, actor, contactId, data)).id
        : (await createContact(inTx, actor, data)).id;
    }
    const next = await repo.updateClientLinkFrom(tx, id, ['submitted'], {
      status: review.decision === 'accept' ? 'accepted' : 'returned',
      contactId,
      reviewComment: review.decision === 'return' ? review.comment : null,
      reviewedBy: actor.userId,
      reviewedAt: new Date(),
    });
    if (!next) throw new AppError('invalid_transition');
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: review.decision === 'accept' ? 'client_link.accepted' : 'client_link.returned',
      subjectType: 'client_link',
      subjectId: id,
      payload: { contactId },
      ip: actor.ip,
    });
    return next;
  });
  return present(updated);
}

export async function revokeClientLink(ctx: TAppContext, actor: TActor, id: string): Promise<TClientLink> {
  const row = await getLink(ctx, actor, id);
  if (!canRevoke(row)) throw new AppError('invalid_transition');
  const updated = await ctx.db.transaction(async (tx) => {
    const next = await repo.updateClientLinkFrom(tx, id, ['open', 'returned', 'submitted'], {
      status: 'revoked',
      revokedBy: actor.userId,
      revokedAt: new Date(),
    });
    if (!next) throw new AppError('invalid_transition');
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'client_link.revoked',
      subjectType: 'client_link',
      subjectId: id,
      ip: actor.ip,
    });
    return next;
  });
  return present(updated);
}

/* The client's side: no account; an unknown, expired, revoked or used token all read "not found". */

async function usableLink(ctx: TAppContext, token: string) {
  const link = await repo.findClientLinkByTokenHash(ctx.db, hashToken(token));
  if (!link || !canClientUse(link, new Date())) throw new AppError('not_found');
  return link;
}

/** What the client's page shows: the agency's name and the form to fill in, nothing of any assessment. */
export async function openClientLink(
  ctx: TAppContext,
  token: string,
  ip: string | null,
): Promise<TPublicClientLink> {
  const link = await usableLink(ctx, token);
  const agency = await findOrganisationById(ctx.db, link.organisationId);
  if (!agency) throw new AppError('not_found');
  if (!link.openedAt) {
    await ctx.db.transaction(async (tx) => {
      const opened = await repo.updateClientLinkFrom(tx, link.id, ['open', 'returned'], {
        openedAt: new Date(),
      });
      if (!opened) return;
      await recordAudit(tx, {
        organisationId: link.organisationId,
        action: 'client_link.opened',
        subjectType: 'client_link',
        subjectId: link.id,
        ip,
      });
    });
  }
  return {
    agencyName: agency.name,
    kind: link.kind,
    language: link.language,
    returnComment: link.status === 'returned' ? link.reviewComment : null,
    expiresAt: link.expiresAt.toISOString(),
  };
}

/**
 * Stores the client's data and sworn statement for the agency's review. The client cannot point to the
 * agency's other contacts, so links to contacts are dropped, and the identification is recorded as
 * remote, from a copy of the document (the agency checks it at review).
 */
export async function submitClientLink(
  ctx: TAppContext,
  token: string,
  submission: TClientSubmission,
  ip: string | null,
): Promise<void> {
  const link = await usableLink(ctx, token);
  if (submission.data.kind !== link.kind)
    throw new AppError('validation_failed', { fields: [{ field: 'kind', code: 'invalid_value' }] });
  const data: TContactData =
    submission.data.kind === 'person'
      ? { ...submission.data, identificationMode: 'remote_copy', beneficialOwners: [] }
      : {
          ...submission.data,
          mandataries: [],
          beneficialOwners: [],
          seniorManagingOfficials: [],
          introducer: undefined,
        };
  await ctx.db.transaction(async (tx) => {
    const stored = await repo.updateClientLinkFrom(tx, link.id, ['open', 'returned'], {
      status: 'submitted',
      submission: { data, confirmation: submission.confirmation },
      submittedAt: new Date(),
    });
    if (!stored) throw new AppError('not_found');
    await recordAudit(tx, {
      organisationId: link.organisationId,
      action: 'client_link.submitted',
      subjectType: 'client_link',
      subjectId: link.id,
      payload: { confirmedBy: submission.confirmation.name, confirmedOn: submission.confirmation.date },
      ip,
    });
    await emitWebhookEvent(tx, link.organisationId, 'client_link.submitted', {
      clientLinkId: link.id,
      contactId: link.contactId ?? null,
    });
  });
}
