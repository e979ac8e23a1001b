import { afterEach, describe, expect, it, vi } from 'vitest';
import { assertAuditPayload, InvalidAuditPayloadError } from './audit-payloads.ts';

afterEach(() => vi.restoreAllMocks());

describe('audit payload check', () => {
  const unfit = { versionNo: 2, changedFields: [], reason: 'typo' };

  it('throws outside production, naming the action', () => {
    expect(() => assertAuditPayload('contact.updated', unfit, false)).toThrow(InvalidAuditPayloadError);
    expect(() => assertAuditPayload('contact.updated', unfit, false)).toThrow(/contact\.updated/);
  });

  it('in production logs the mismatch and lets the event be recorded, never undoing the act', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => assertAuditPayload('contact.updated', unfit, true)).not.toThrow();
    expect(logged).toHaveBeenCalledOnce();
    expect(String(logged.mock.calls[0]?.[0])).toMatch(/contact\.updated.*does not fit/s);
  });

  it('accepts a payload that fits, in both modes', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const fit = { versionNo: 2, changedFields: ['address.city'] };
    expect(() => assertAuditPayload('contact.updated', fit, false)).not.toThrow();
    expect(() => assertAuditPayload('contact.updated', fit, true)).not.toThrow();
    expect(logged).not.toHaveBeenCalled();
  });
});
