import { createHash } from 'node:crypto';

/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same data, byte for byte, so a
 * benchmark can be repeated and two databases compared. Not for anything secret.
 */
export type TRandom = {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max]. */
  int: (min: number, max: number) => number;
  chance: (p: number) => boolean;
  pick: <T>(list: readonly T[]) => T;
  /** Lists ordered from the most to the least frequent: the first entries come up far more often. */
  pickFrequent: <T>(list: readonly T[]) => T;
  /** A version-4-shaped UUID drawn from the generator (deterministic ids). */
  uuid: () => string;
};

export function createRandom(seed: number, stream = ''): TRandom {
  // sfc32: 128 bits of state, so the streams of different agencies never run into each other (a 32-bit
  // generator's streams are windows on one cycle of 2^32 draws: the largest agency's tens of millions of
  // draws would overlap others').
  let a = (0x9e3779b9 ^ seed) >>> 0;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4_294_967_296;
  };
  for (let i = 0; i < 20; i++) next();
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  let counter = 0;
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)]!,
    pickFrequent: (list) => list[Math.floor(next() ** 2.5 * list.length)]!,
    // Ids from the stream's name and a counter, not from the draws: unique across streams by construction.
    uuid: () => {
      counter += 1;
      const hex = createHash('sha1').update(`${seed}:${stream}:${counter}`).digest('hex');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Number.parseInt(hex[16]!, 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
  };
}

/** A sub-seed per part (agency number…), so each part is the same whatever the scale of the others. */
export function deriveSeed(seed: number, part: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ part, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
