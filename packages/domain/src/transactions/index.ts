export {
  checkTransactionDates,
  deadlineOf,
  findLateIdentifications,
  IDENTIFICATION_TIMING_ARTICLE,
  type IsoDay,
  type LateIdentification,
  newLateIdentifications,
  type TimingDeadline,
  type TimingInput,
  type TimingParty,
  type TimingRole,
  type TransactionDatesError,
} from './identification-timing.ts';
export {
  checkPartySides,
  PARTY_SIDES,
  type PartySide,
  type PartySidesError,
  sidesFor,
  TRANSACTION_TYPES,
  type TransactionType,
} from './party-sides.ts';
export { questionnaireForType } from './questionnaire-for-type.ts';
export {
  checkRentalScope,
  RENTAL_MONTHLY_RENT_THRESHOLD_CENTS,
  RENTAL_SCOPE_ARTICLE,
  type RentalScopeResult,
} from './rental-scope.ts';
