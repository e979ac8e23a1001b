import type { Questionnaire } from '../risk/questionnaire.ts';
import { RENTAL_TRANSACTION_QUESTIONNAIRE, TRANSACTION_QUESTIONNAIRE } from '../risk/questionnaires/index.ts';
import type { TransactionType } from './party-sides.ts';

/** A rental has its own questionnaire; sales and purchases share the sale one. */
export function questionnaireForType(type: TransactionType): Questionnaire {
  return type === 'rental_high_value' ? RENTAL_TRANSACTION_QUESTIONNAIRE : TRANSACTION_QUESTIONNAIRE;
}
