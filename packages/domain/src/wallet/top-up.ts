import {
  generateStructuredCommunication,
  parseStructuredCommunication,
  type StructuredCommunication,
} from '../identifiers/index.ts';
import { type Cents, isCents } from '../money/index.ts';
import { DEFAULT_PRICE_LIST, type PriceList } from './price-list.ts';

/**
 * Checks an online top-up (Bancontact / Maestro), credited automatically once paid:
 * a positive amount of at least the price list's minimum (€50).
 */
export function validateOnlineTopUp(
  amountCents: Cents,
  priceList: PriceList = DEFAULT_PRICE_LIST,
):
  | { ok: true; value: Cents }
  | { ok: false; error: 'invalid-amount' }
  | { ok: false; error: 'below-minimum'; minimumCents: Cents } {
  if (!isCents(amountCents) || amountCents <= 0) return { ok: false, error: 'invalid-amount' };
  if (amountCents < priceList.onlineTopUpMinimumCents) {
    return { ok: false, error: 'below-minimum', minimumCents: priceList.onlineTopUpMinimumCents };
  }
  return { ok: true, value: amountCents };
}

/**
 * The structured communication of a wallet, from its sequence number (1 ≤ n < 10^10): the agency
 * uses it for bank-transfer top-ups, which are then credited automatically.
 */
export function walletStructuredCommunication(walletNumber: number): StructuredCommunication {
  if (!Number.isSafeInteger(walletNumber) || walletNumber < 1) {
    throw new RangeError('walletNumber must be a positive integer');
  }
  const generated = generateStructuredCommunication(walletNumber);
  if (!generated.ok) throw new RangeError('walletNumber must be below 10^10');
  return generated.value;
}

/** A credit line of a bank statement (CAMT.053 / CODA, M9 and B6). */
export interface BankTransfer {
  /** Structured communication as reported by the bank, or null when the payer typed free text. */
  communication: string | null;
  amountCents: Cents;
}

/** Why a bank transfer could not be credited automatically (it goes to manual review). */
export type TransferMatchError =
  | 'invalid-amount'
  | 'missing-communication'
  | 'invalid-communication'
  | 'unknown-communication';

/**
 * Matches a bank transfer to a wallet by its structured communication (check digits validated,
 * mod 97). Any positive amount is credited; there is no minimum for transfers.
 */
export function matchBankTransfer(
  transfer: BankTransfer,
  wallets: ReadonlyArray<{ walletId: string; communicationDigits: string }>,
): { ok: true; walletId: string; creditCents: Cents } | { ok: false; error: TransferMatchError } {
  if (!isCents(transfer.amountCents) || transfer.amountCents <= 0)
    return { ok: false, error: 'invalid-amount' };
  if (transfer.communication === null || transfer.communication.trim() === '') {
    return { ok: false, error: 'missing-communication' };
  }
  const parsed = parseStructuredCommunication(transfer.communication);
  if (!parsed.ok) return { ok: false, error: 'invalid-communication' };
  const wallet = wallets.find((candidate) => candidate.communicationDigits === parsed.value.digits);
  if (!wallet) return { ok: false, error: 'unknown-communication' };
  return { ok: true, walletId: wallet.walletId, creditCents: transfer.amountCents };
}
