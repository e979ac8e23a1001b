import { describe, expect, it } from 'vitest';
import { clearLoginFailures, isLoginThrottled, recordLoginFailure } from './login-throttle.ts';

describe('login throttle', () => {
  it('lets five failures pass, then doubles the wait up to 15 minutes, per login and address', () => {
    const now = 1_000_000;
    for (let i = 0; i < 5; i++) recordLoginFailure('Marc', '10.1.1.1', now);
    expect(isLoginThrottled('marc', '10.1.1.1', now)).toBe(false);
    recordLoginFailure('marc', '10.1.1.1', now);
    expect(isLoginThrottled('MARC ', '10.1.1.1', now + 999)).toBe(true);
    expect(isLoginThrottled('marc', '10.1.1.1', now + 1000)).toBe(false);
    expect(isLoginThrottled('marc', '10.2.2.2', now)).toBe(false);
    recordLoginFailure('marc', '10.1.1.1', now);
    expect(isLoginThrottled('marc', '10.1.1.1', now + 1999)).toBe(true);
    for (let i = 0; i < 30; i++) recordLoginFailure('marc', '10.1.1.1', now);
    expect(isLoginThrottled('marc', '10.1.1.1', now + 15 * 60_000 - 1)).toBe(true);
    expect(isLoginThrottled('marc', '10.1.1.1', now + 15 * 60_000)).toBe(false);
    clearLoginFailures('marc', '10.1.1.1');
    expect(isLoginThrottled('marc', '10.1.1.1', now)).toBe(false);
  });
});
