import { describe, expect, it } from 'vitest';
import { matchBankTransfer, validateOnlineTopUp, walletStructuredCommunication } from './top-up.ts';

describe('validateOnlineTopUp', () => {
  it('requires at least €50', () => {
    expect(validateOnlineTopUp(5000)).toEqual({ ok: true, value: 5000 });
    expect(validateOnlineTopUp(4999)).toEqual({ ok: false, error: 'below-minimum', minimumCents: 5000 });
    expect(validateOnlineTopUp(0)).toEqual({ ok: false, error: 'invalid-amount' });
    expect(validateOnlineTopUp(50.5)).toEqual({ ok: false, error: 'invalid-amount' });
  });
});

describe('bank transfers', () => {
  const communication = walletStructuredCommunication(1234567890);
  const wallets = [
    { walletId: 'w-1', communicationDigits: communication.digits },
    { walletId: 'w-2', communicationDigits: walletStructuredCommunication(42).digits },
  ];

  it('gives each wallet a structured communication', () => {
    expect(communication.formatted).toBe('+++123/4567/89002+++');
    expect(walletStructuredCommunication(42).formatted).toBe('+++000/0000/04242+++');
    expect(() => walletStructuredCommunication(0)).toThrow(RangeError);
    expect(() => walletStructuredCommunication(10_000_000_000)).toThrow(RangeError);
  });

  it('credits the wallet whose communication matches, whatever the amount', () => {
    expect(matchBankTransfer({ communication: '***123/4567/89002***', amountCents: 1000 }, wallets)).toEqual({
      ok: true,
      walletId: 'w-1',
      creditCents: 1000,
    });
    expect(matchBankTransfer({ communication: '000000004242', amountCents: 20_000 }, wallets)).toMatchObject({
      walletId: 'w-2',
    });
  });

  it.each([
    [{ communication: null, amountCents: 1000 }, 'missing-communication'],
    [{ communication: ' ', amountCents: 1000 }, 'missing-communication'],
    [{ communication: 'invoice 2025/12', amountCents: 1000 }, 'invalid-communication'],
    [{ communication: '+++123/4567/89003+++', amountCents: 1000 }, 'invalid-communication'],
    [{ communication: '+++000/0000/09797+++', amountCents: 1000 }, 'unknown-communication'],
    [{ communication: '+++123/4567/89002+++', amountCents: 0 }, 'invalid-amount'],
  ])('leaves %j for manual review: %s', (transfer, error) => {
    expect(matchBankTransfer(transfer, wallets)).toEqual({ ok: false, error });
  });
});
