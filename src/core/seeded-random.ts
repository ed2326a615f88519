/**
 * A seeded pseudo-random generator (mulberry32: 32 bits of state, fast, good enough for simulations and property
 * tests), so a simulated history or a random test case is the same on every run and a failure can be replayed.
 *
 * @example const next = seededRandom(42); next(); // a number in [0, 1), the same sequence for the same seed
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
