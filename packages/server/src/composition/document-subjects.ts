import { contactExists } from '../contacts/contacts.reads.ts';
import { useDocumentSubject } from '../documents/document-subjects.ts';
import { transactionExists } from '../transactions/transactions.reads.ts';

/** A document attaches to a contact or a transaction of the organisation: each module tells whether its row exists. */
export function wireDocumentSubjects(): void {
  useDocumentSubject('contact', contactExists);
  useDocumentSubject('transaction', transactionExists);
}
