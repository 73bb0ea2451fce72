/**
 * mulberry32: a small seeded generator of numbers in [0, 1), so a test's random choices are the
 * same on every run and machine and a failure is reproducible.
 *
 * @example const next = seeded(17); next() // 0.0877…, the same every time
 */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
