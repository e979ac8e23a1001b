import type { TContactData } from '@vigilo/domain/contracts/contacts.ts';
import type { TDbOrTx, TTx } from '../db/client.ts';
import type { TAcceptancePdfInput } from './acceptance-pdf.ts';
import type { TContactRow } from './contacts.repository.ts';

/** A contact inserted by the caller's transaction, with its first version's data. */
export type TCreatedContact = { contact: TContactRow; data: TContactData };

/**
 * What the contacts module needs from screening: saving a contact screens it in the same transaction (a
 * contact never exists unscreened, M4), and the acceptance document shows the screening of a version.
 * Screening sits above contacts (it reads contacts and writes their status), so contacts reach it through
 * this port, implemented by the screening module and wired once at start-up
 * (`composition/contact-screening.ts`, from `wireModules`).
 */
export type TContactScreening = {
  /**
   * Screens the contact's current version in the caller's transaction and announces hits not seen before;
   * the number of hits kept. `created`: the contact was created by this transaction, so screening neither
   * reads it back nor looks for earlier hits (two statements fewer per creation, issue 21).
   */
  screenSavedContact(
    tx: TTx,
    organisationId: string,
    contactId: string,
    userId: string | null,
    created?: TCreatedContact,
  ): Promise<{ hits: number }>;
  /** The screening of a contact version (the latest one if screened again), as the acceptance document shows it. */
  screeningOfVersion(
    db: TDbOrTx,
    organisationId: string,
    contactId: string,
    versionNo: number,
  ): Promise<TAcceptancePdfInput['screening']>;
};

let screening: TContactScreening | null = null;

/** Installs the screening; called by the composition root. */
export function useContactScreening(implementation: TContactScreening): void {
  screening = implementation;
}

/**
 * The screening the contacts module calls. A contact must never be saved unscreened: an unwired screening
 * is a start-up error, so it throws (and the save's transaction rolls back) rather than skipping.
 */
export function contactScreening(): TContactScreening {
  if (!screening) throw new Error('Contact screening is not wired (composition/contact-screening.ts).');
  return screening;
}
