import { InvalidRequestError } from '../errors';

/**
 * `value` as JSON text, or an `InvalidRequestError` naming `what` when it cannot be written: a
 * cycle, a BigInt, a `toJSON` that throws, or nothing JSON can hold (a function, a symbol).
 *
 * @example jsonText({ amount: { total: 1 } }, '`json`') // '{"amount":{"total":1}}'
 */
export function jsonText(value: unknown, what: string): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InvalidRequestError(`${what} cannot be written as JSON (${reason}): give plain data (objects, arrays, strings, finite numbers, booleans, null)`, {
      cause: error,
    });
  }
  if (text === undefined) throw new InvalidRequestError(`${what} is ${typeof value}, which JSON cannot hold: give plain data`);
  return text;
}
