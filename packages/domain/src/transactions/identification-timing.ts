/**
 * When identification must have happened (issue 14, item 10). The law requires identification and
 * verification before the business relationship is entered into or the operation carried out (loi
 * 18/09/2017 art. 30); the 2022 BIV/IPI regulation says when that is for a real-estate agent: the client
 * (who signs the brokerage agreement) before that agreement, the counterparty (who contracts through the
 * agent) before the offer is accepted or the sale agreement / lease is signed. Dates are calendar days:
 * identification on the day of the agreement counts as in time (the order within a day is not recorded).
 */
export const IDENTIFICATION_TIMING_ARTICLE =
  'loi 18/09/2017 art. 30; 2022 regl. (moment de l’identification)';

export type TimingRole = 'client' | 'counterparty';
export type TimingDeadline = 'brokerage-agreement' | 'agreement';

/** `YYYY-MM-DD`. */
export type IsoDay = string;

export interface TimingParty {
  contactId: string;
  role: TimingRole;
  /** The day the party was first identified in the agency's file. */
  identifiedOn: IsoDay;
}

export interface TimingInput {
  brokerageAgreementDate: IsoDay | null;
  agreementDate: IsoDay | null;
  parties: readonly TimingParty[];
}

export interface LateIdentification {
  contactId: string;
  role: TimingRole;
  identifiedOn: IsoDay;
  deadline: TimingDeadline;
  deadlineDate: IsoDay;
  daysLate: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (day: IsoDay) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/** The agreement before which a party of this role must have been identified. */
export const deadlineOf = (role: TimingRole): TimingDeadline =>
  role === 'client' ? 'brokerage-agreement' : 'agreement';

/**
 * Parties identified after their deadline, in the parties' order. A deadline whose date is not recorded
 * yet cannot be missed (nothing is reported for it).
 */
export function findLateIdentifications(input: TimingInput): LateIdentification[] {
  const dates: Record<TimingDeadline, IsoDay | null> = {
    'brokerage-agreement': input.brokerageAgreementDate,
    agreement: input.agreementDate,
  };
  return input.parties.flatMap((party) => {
    const deadline = deadlineOf(party.role);
    const deadlineDate = dates[deadline];
    if (deadlineDate === null) return [];
    const daysLate = dayNumber(party.identifiedOn) - dayNumber(deadlineDate);
    if (daysLate <= 0) return [];
    return [{ ...party, deadline, deadlineDate, daysLate }];
  });
}

/** Late identifications present in `after` and not in `before` (what the officer has not been told yet). */
export function newLateIdentifications(
  before: readonly LateIdentification[],
  after: readonly LateIdentification[],
): LateIdentification[] {
  const key = (late: LateIdentification) => `${late.contactId}|${late.deadline}|${late.deadlineDate}`;
  const known = new Set(before.map(key));
  return after.filter((late) => !known.has(key(late)));
}

export type TransactionDatesError = 'date-in-future' | 'agreement-before-brokerage';

export interface TransactionDatesInput {
  brokerageAgreementDate: IsoDay | null;
  agreementDate: IsoDay | null;
  /** Today in Brussels. */
  today: IsoDay;
}

/**
 * The dates record agreements that were signed: none lies in the future, and the accepted offer / sale
 * agreement / lease does not precede the brokerage agreement that led to it.
 */
export function checkTransactionDates(
  input: TransactionDatesInput,
): { field: 'brokerageAgreementDate' | 'agreementDate'; error: TransactionDatesError }[] {
  const errors: { field: 'brokerageAgreementDate' | 'agreementDate'; error: TransactionDatesError }[] = [];
  for (const field of ['brokerageAgreementDate', 'agreementDate'] as const) {
    const day = input[field];
    if (day !== null && day > input.today) errors.push({ field, error: 'date-in-future' });
  }
  const { brokerageAgreementDate: brokerage, agreementDate: agreement } = input;
  if (brokerage !== null && agreement !== null && agreement < brokerage) {
    errors.push({ field: 'agreementDate', error: 'agreement-before-brokerage' });
  }
  return errors;
}
