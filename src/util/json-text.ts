import { InvalidRequestError } from '../errors';
import { wellFormed } from './encode';
import { describe } from './object';

const EMPTIED = [Map, Set, WeakMap, WeakSet, RegExp, Promise] as const;
/** How JSON.stringify writes a lone surrogate (`\ud83d`); a literal backslash-u text only costs a second look. */
const ESCAPED_SURROGATE = /\\u[dD][89a-fA-F]/;

/** Why `item` cannot go into JSON: JSON.stringify would silently write null, `{}` or drop it; PHP fails instead. */
function problemOf(item: unknown, inArray: boolean): string | undefined {
  switch (typeof item) {
    case 'number':
      return Number.isFinite(item) ? undefined : `${item}, which JSON cannot carry (it would be sent as null): give a finite number`;
    case 'bigint':
      return 'a BigInt, which JSON cannot carry: give a number or a decimal string';
    case 'function':
    case 'symbol':
      return `a ${typeof item}, which JSON cannot carry (it would be left out): give data`;
    case 'undefined':
      // In an object it means "not sent", as in `xml`; in an array JSON would write null.
      return inArray ? 'undefined in an array, which JSON writes as null: give null, or leave the item out' : undefined;
    case 'object':
      if (item === null) return undefined;
      if (ArrayBuffer.isView(item) || item instanceof ArrayBuffer)
        return `${describe(item)} of bytes, which JSON cannot carry as such: give a string (base64 or hex, as the API asks)`;
      if (EMPTIED.some((type) => item instanceof type))
        return `${describe(item)}, which JSON writes as {}: give a plain object (Object.fromEntries) or an array (Array.from)`;
      return item instanceof Number && !Number.isFinite(Number(item)) ? 'a Number that is not finite, which JSON writes as null' : undefined;
    default:
      return undefined;
  }
}

/** One walk over what JSON.stringify will write: a cycle (`open`) is left for it to name. */
interface Walk {
  what: string;
  keys: Array<string | number>;
  open: Set<object>;
  /** Only once the JSON text showed a lone surrogate: then strings and keys are checked too. */
  strings: boolean;
}

const pathOf = (walk: Walk): string =>
  `\`${walk.keys.reduce<string>((path, key) => (typeof key === 'number' ? `${path}[${key}]` : `${path}.${key}`), walk.what)}\``;

function visit(item: unknown, walk: Walk, inArray: boolean): void {
  const problem = problemOf(item, inArray);
  if (problem) throw new InvalidRequestError(`${pathOf(walk)} is ${problem}`);
  if (typeof item === 'string') {
    if (walk.strings) wellFormed(item, pathOf(walk));
    return;
  }
  // An object with a toJSON (a Date) is written as it says.
  if (item === null || typeof item !== 'object' || typeof (item as { toJSON?: unknown }).toJSON === 'function' || walk.open.has(item)) return;
  walk.open.add(item);
  if (Array.isArray(item)) {
    for (let index = 0; index < item.length; index += 1) {
      walk.keys.push(index);
      visit(item[index], walk, true);
      walk.keys.pop();
    }
  } else {
    for (const key of Object.keys(item)) {
      if (walk.strings) wellFormed(key, `a key of ${pathOf(walk)}`);
      walk.keys.push(key);
      visit((item as Record<string, unknown>)[key], walk, false);
      walk.keys.pop();
    }
  }
  walk.open.delete(item);
}

/**
 * `value` as JSON text, or an `InvalidRequestError` naming the field (`json.amount.total`) that
 * JSON cannot carry as given (NaN, a BigInt, a Map, bytes, a lone surrogate, a cycle, …).
 *
 * @example jsonText({ amount: { total: 1 } }, 'json') // '{"amount":{"total":1}}'
 */
export function jsonText(value: unknown, what: string): string {
  visit(value, { what, keys: [], open: new Set(), strings: false }, false);
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InvalidRequestError(
      `\`${what}\` cannot be written as JSON (${reason}): give plain data (objects, arrays, strings, finite numbers, booleans, null)`,
      {
        cause: error,
      },
    );
  }
  if (text === undefined) throw new InvalidRequestError(`\`${what}\` is ${typeof value}, which JSON cannot hold: give plain data`);
  // Well-formed JSON.stringify writes a lone surrogate as an escape: only then look for whose it is.
  if (ESCAPED_SURROGATE.test(text)) visit(value, { what, keys: [], open: new Set(), strings: true }, false);
  return text;
}
