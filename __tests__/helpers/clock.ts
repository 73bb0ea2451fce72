/**
 * Fakes `Date` alone at `now` (ms since the epoch): timers, ticks, `hrtime` and `performance` stay
 * real, so servers on 127.0.0.1 and the SDK's deadlines run as in life while both read the faked
 * day. Undo with `jest.useRealTimers()`.
 *
 * @example beforeEach(() => fakeDate(Date.parse('2026-01-15T00:00:00Z'))); afterEach(() => jest.useRealTimers());
 */
export function fakeDate(now: number): void {
  jest.useFakeTimers({
    now,
    doNotFake: [
      'nextTick',
      'setImmediate',
      'clearImmediate',
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'queueMicrotask',
      'hrtime',
      'performance',
    ],
  });
}
