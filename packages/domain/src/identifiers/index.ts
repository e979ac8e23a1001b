export {
  computeEnterpriseCheckDigits,
  type EnterpriseNumber,
  type EnterpriseNumberError,
  formatEnterpriseNumber,
  parseEnterpriseNumber,
} from './enterprise-number.ts';
export { computeIbanCheckDigits, type Iban, type IbanError, isBelgianIban, parseIban } from './iban.ts';
export {
  type CalendarDate,
  composeNationalNumber,
  formatNationalNumber,
  type NationalNumber,
  type NationalNumberError,
  type NationalNumberParts,
  parseNationalNumber,
  type RegisteredSex,
} from './national-number.ts';
export type { ParseResult } from './result.ts';
export {
  generateStructuredCommunication,
  parseStructuredCommunication,
  type StructuredCommunication,
  type StructuredCommunicationError,
} from './structured-communication.ts';
