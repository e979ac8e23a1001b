import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateStructuredCommunication, parseStructuredCommunication } from './structured-communication.ts';
import { mutateDigit, mutation } from './test-helpers.ts';

describe('structured communication', () => {
  it('generates the Febelfin example +++123/4567/89002+++', () => {
    expect(generateStructuredCommunication(1234567890)).toEqual({
      ok: true,
      value: { digits: '123456789002', formatted: '+++123/4567/89002+++' },
    });
  });

  it('uses 97 when the base is a multiple of 97', () => {
    const generated = generateStructuredCommunication(97);
    expect(generated.ok && generated.value.formatted).toBe('+++000/0000/09797+++');
    expect(generateStructuredCommunication(0)).toMatchObject({ ok: true, value: { digits: '000000000097' } });
  });

  it.each(['+++123/4567/89002+++', '***123/4567/89002***', '123456789002', ' 123 4567 89002 '])(
    'accepts %j',
    (input) => {
      expect(parseStructuredCommunication(input)).toEqual({
        ok: true,
        value: { digits: '123456789002', formatted: '+++123/4567/89002+++' },
      });
    },
  );

  it('refuses bad input with typed errors', () => {
    expect(parseStructuredCommunication('+++123/4567/89003+++')).toEqual({ ok: false, error: 'checksum' });
    expect(parseStructuredCommunication('+++123/4567/8900+++')).toEqual({ ok: false, error: 'format' });
    expect(parseStructuredCommunication('hello')).toEqual({ ok: false, error: 'format' });
    expect(generateStructuredCommunication(-1)).toEqual({ ok: false, error: 'format' });
    expect(generateStructuredCommunication('12345678901')).toEqual({ ok: false, error: 'format' });
    expect(generateStructuredCommunication(1.5)).toEqual({ ok: false, error: 'format' });
  });

  it('round-trips every base number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), (base) => {
        const generated = generateStructuredCommunication(base);
        if (!generated.ok) throw new Error('generation failed');
        expect(parseStructuredCommunication(generated.value.formatted)).toEqual(generated);
      }),
    );
  });

  it('refuses every one-digit mutation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), mutation, (base, { index, shift }) => {
        const generated = generateStructuredCommunication(base);
        if (!generated.ok) throw new Error('generation failed');
        expect(parseStructuredCommunication(mutateDigit(generated.value.digits, index, shift)).ok).toBe(
          false,
        );
      }),
    );
  });
});
