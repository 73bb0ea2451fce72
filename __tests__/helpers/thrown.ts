import { isWechatpayError, WechatpayError } from '../../src';

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

/**
 * What `run` throws, which must be a WechatpayError with `code` (and, when `secret` is given, a
 * message that does not contain it).
 *
 * @example const error = thrownCode(() => Transformer.toArray('<x'), ErrorCode.PARSE);
 */
export function thrownCode(run: () => unknown, code: string, secret?: string): WechatpayError {
  const caught = thrown(run);
  expect(caught).toBeInstanceOf(WechatpayError);
  expect(isWechatpayError(caught)).toBe(true);
  const error = caught as WechatpayError;
  expect(error.code).toBe(code);
  if (secret !== undefined) expect(error.message).not.toContain(secret);
  return error;
}
