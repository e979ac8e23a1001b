/**
 * Progressive delays on failed sign-ins, per login name and address together (OWASP authentication
 * cheat sheet: throttle rather than lock). An outsider guessing from elsewhere slows only their own
 * attempts and can never lock the owner out; unknown and existing logins are throttled alike, so the
 * answer says nothing about whether an account exists. Kept in memory per instance: the per-address rate
 * limit of the sign-in route still bounds what several instances allow together.
 */
const freeFailures = 5;
const maxDelayMs = 15 * 60_000;
const maxTracked = 100_000;

type TState = { failures: number; blockedUntil: number };
const states = new Map<string, TState>();

function keyOf(login: string, ip: string | null): string {
  return `${login.trim().toLowerCase()}\n${ip ?? ''}`;
}

/** True while this login, from this address, must wait before its next attempt. */
export function isLoginThrottled(login: string, ip: string | null, now = Date.now()): boolean {
  const state = states.get(keyOf(login, ip));
  return state !== undefined && state.blockedUntil > now;
}

/** After five failures, each further one doubles the wait: 1 s, 2 s, 4 s… up to 15 minutes. */
export function recordLoginFailure(login: string, ip: string | null, now = Date.now()): void {
  const key = keyOf(login, ip);
  const failures = (states.get(key)?.failures ?? 0) + 1;
  const delay = failures > freeFailures ? Math.min(maxDelayMs, 1000 * 2 ** (failures - freeFailures - 1)) : 0;
  states.delete(key);
  states.set(key, { failures, blockedUntil: now + delay });
  // Oldest first: a flood of made-up logins cannot grow the map without bound.
  if (states.size > maxTracked) states.delete(states.keys().next().value!);
}

export function clearLoginFailures(login: string, ip: string | null): void {
  states.delete(keyOf(login, ip));
}
