import { randomUUID } from 'node:crypto';
import {
  checkContactData,
  diffContactData,
  linkedContactIds,
  summarise,
} from '@vigilo/domain/contacts/index.ts';
import type {
  TContactData,
  TContactDetail,
  TContactVersionSource,
} from '@vigilo/domain/contracts/contacts.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext } from '../context.ts';
import type { TDbOrTx, TTx } from '../db/client.ts';
import type { TActor } from '../http/actor.ts';
import { kboSourceFor } from '../kbo/kbo.service.ts';
import { analyseOwnership } from './contact-ownership.ts';
import { getContactDetail } from './contact-reading.service.ts';
import { contactScreening } from './contact-screening-port.ts';
import { findContact, findCurrentVersions, findVersion, type TContactRow } from './contacts.repository.ts';
import { contacts, contactVersions } from './contacts.schema.ts';

function fieldErrors(errors: { field: string; code: string; vars?: Record<string, string> }[]): AppError {
  return new AppError('validation_failed', { fields: errors });
}

/** Domain checks, then links: every linked contact exists in the organisation, persons where required. */
async function validate(
  tx: TDbOrTx,
  actor: TActor,
  input: TContactData,
  selfId?: string,
): Promise<TContactData> {
  const checked = checkContactData(input, selfId, new Date().toISOString().slice(0, 10));
  if (!checked.ok) throw fieldErrors(checked.errors);
  const links = linkedContactIds(checked.value);
  const found = await findCurrentVersions(tx, actor.organisationId, links.all);
  const kinds = new Map(found.map((f) => [f.contact.id, f.contact.kind]));
  const errors = links.all
    .filter((id) => !kinds.has(id))
    .map(() => ({ field: 'links', code: 'linked_contact_not_found' }));
  if (links.personsOnly.some((id) => kinds.get(id) === 'entity'))
    errors.push({ field: 'mandataries', code: 'must_be_person' });
  if (errors.length) throw fieldErrors(errors);
  if (checked.value.kind === 'entity' && selfId) {
    const analysis = await analyseOwnership(tx, actor.organisationId, selfId, checked.value);
    if (analysis && !analysis.ok && analysis.error.code === 'cycle') {
      throw fieldErrors([
        { field: 'beneficialOwners', code: 'ownership_cycle', vars: { cycle: analysis.names.join(' → ') } },
      ]);
    }
  }
  return checked.value;
}

export type TSaveOptions = {
  /** The entity was filled in from the KBO/BCE: the version keeps the extract as its dated source. */
  kboSource?: boolean;
  lang?: 'fr' | 'nl' | 'en';
};

/**
 * The KBO source of a version saved after a fill-in: read from the extract loaded now, for the enterprise
 * number being saved (so a number changed after the fill-in keeps no stale source). Null otherwise, or
 * when no extract holds the number: the version is saved as today.
 */
async function versionSource(
  ctx: TAppContext,
  input: TContactData,
  options: TSaveOptions,
): Promise<TContactVersionSource | null> {
  if (!options.kboSource || input.kind !== 'entity' || !input.enterpriseNumber) return null;
  return kboSourceFor(ctx, input.enterpriseNumber, options.lang ?? 'fr');
}

function sourcePayload(source: TContactVersionSource | null) {
  return source ? { source: { kind: source.kind, extractNumber: source.extractNumber } } : {};
}

/** Creates a contact and its version 1 (status draft), audited in the same transaction. */
export async function createContact(
  ctx: TAppContext,
  actor: TActor,
  input: TContactData,
  options: TSaveOptions = {},
): Promise<TContactDetail> {
  const source = await versionSource(ctx, input, options);
  const { id } = await saveNewContact(ctx, actor, input, source);
  return getContactDetail(ctx, actor, id, true);
}

/**
 * The same creation without reading the contact back: for the bulk import, which needs only the id and
 * the number of hits its screening found (it saves a dozen queries per row).
 */
export async function saveNewContact(
  ctx: TAppContext,
  actor: TActor,
  input: TContactData,
  source: TContactVersionSource | null = null,
): Promise<{ id: string; hits: number }> {
  return ctx.db.transaction(async (tx) => {
    const data = await validate(tx, actor, input);
    const summary = summarise(data);
    // The contact and its first version in one statement (issue 21: a round trip fewer per contact saved);
    // the version's foreign key is checked at the statement's end, once both rows exist.
    const id = randomUUID();
    const newContact = tx.$with('new_contact').as(
      tx
        .insert(contacts)
        .values({
          id,
          organisationId: actor.organisationId,
          kind: data.kind,
          ...summary,
          createdBy: actor.userId,
        })
        .returning(),
    );
    const firstVersion = tx.$with('first_version').as(
      tx.insert(contactVersions).values({
        contactId: id,
        organisationId: actor.organisationId,
        versionNo: 1,
        data,
        changes: [],
        source,
        createdBy: actor.userId,
      }),
    );
    const [contact] = await tx.with(newContact, firstVersion).select().from(newContact);
    // Screened at once, in the same transaction: a contact never exists unscreened (M4).
    const screened = await contactScreening().screenSavedContact(
      tx,
      actor.organisationId,
      contact!.id,
      actor.userId,
      { contact: contact!, data },
    );
    // Audited last: the audit event takes the organisation's chain lock, which every writer of the
    // organisation waits for until this transaction commits — so it is held for the commit only.
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'contact.created',
      subjectType: 'contact',
      subjectId: contact!.id,
      payload: { kind: data.kind, displayName: summary.displayName, versionNo: 1, ...sourcePayload(source) },
      ip: actor.ip,
    });
    return { id: contact!.id, hits: screened.hits };
  });
}

/**
 * Records an edit as a new immutable version with its field changes; earlier versions never change.
 * The identification must be screened again, so an accepted or screened contact goes back to draft.
 */
export async function updateContact(
  ctx: TAppContext,
  actor: TActor,
  contactId: string,
  input: TContactData,
  options: TSaveOptions = {},
): Promise<TContactDetail> {
  const source = await versionSource(ctx, input, options);
  await ctx.db.transaction(async (tx) => {
    const contact = await lockContact(tx, actor, contactId);
    if (contact.kind !== input.kind) throw fieldErrors([{ field: 'kind', code: 'invalid_value' }]);
    const data = await validate(tx, actor, input, contactId);
    const previous = await findVersion(tx, actor.organisationId, contactId, contact.currentVersionNo);
    const changes = diffContactData(previous!.version.data, data);
    if (changes.length === 0) return;
    const versionNo = contact.currentVersionNo + 1;
    await tx.insert(contactVersions).values({
      contactId,
      organisationId: actor.organisationId,
      versionNo,
      data,
      changes,
      source,
      createdBy: actor.userId,
    });
    await tx
      .update(contacts)
      .set({
        ...summarise(data),
        currentVersionNo: versionNo,
        status: contact.status === 'blocked' ? 'blocked' : 'draft',
        updatedAt: new Date(),
      })
      .where(eq(contacts.id, contactId));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'contact.updated',
      subjectType: 'contact',
      subjectId: contactId,
      payload: { versionNo, changedFields: changes.map((c) => c.path), ...sourcePayload(source) },
      ip: actor.ip,
    });
    await contactScreening().screenSavedContact(tx, actor.organisationId, contactId, actor.userId);
  });
  return getContactDetail(ctx, actor, contactId);
}

async function lockContact(tx: TTx, actor: TActor, contactId: string): Promise<TContactRow> {
  const contact = await findContact(tx, actor.organisationId, contactId);
  if (!contact) throw new AppError('not_found');
  await tx.select({ id: contacts.id }).from(contacts).where(eq(contacts.id, contactId)).for('update');
  return (await findContact(tx, actor.organisationId, contactId))!;
}

export {
  findContactByIdentifier,
  getContactDetail,
  getContactVersion,
  listContacts,
  viewContact,
  viewContactVersion,
} from './contact-reading.service.ts';
