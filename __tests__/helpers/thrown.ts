/** What `run` throws; fails the test when it returns instead. */
export function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw, but it returned normally');
}

/** What `promise` rejects with; fails the test when it resolves instead. */
export function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

/** Options typed loosely: for tests that send what a typed call would refuse to compile. */
export const loose = (options: object) => options as never;
