export { CONTACT_BUYER_QUESTIONNAIRE } from './contact-buyer.ts';
export { CONTACT_SELLER_QUESTIONNAIRE } from './contact-seller.ts';
export { TRANSACTION_QUESTIONNAIRE } from './transaction.ts';
export { RENTAL_TRANSACTION_QUESTIONNAIRE } from './transaction-rental.ts';
