import { inspect } from 'node:util';
import { appendSegments, segmentsOfKey, splitVerbatim } from './segments';
import { verbOf, type Verb } from './verbs';

export type Send = (segments: readonly string[], verb: Verb, options?: unknown) => Promise<unknown>;

/** The client behind a node, for the SDK's own helpers; a symbol never collides with a segment. */
export const OWNER: unique symbol = Symbol.for('wechatpay-ts.owner');

/** Never segments, so `await node`, `console.log(node)` and `JSON.stringify(node)` send nothing. */
const NOT_SEGMENTS = new Set([
  'then',
  'catch',
  'finally',
  'toJSON',
  'inspect',
  'toString',
  'valueOf',
  'toLocaleString',
  'constructor',
  'prototype',
  '__proto__',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'asymmetricMatch',
  'nodeType',
  'tagName',
  '$$typeof',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
]);

/**
 * Whether `key` reads a child node: not a verb, `chain` or a name above (reach `…/delete` with `chain('delete')`).
 *
 * @example namesSegment('receivers') // true
 * @example namesSegment('delete')    // false: the DELETE call
 */
export function namesSegment(key: string): boolean {
  return key !== 'chain' && verbOf(key) === undefined && !NOT_SEGMENTS.has(key);
}

interface Target {
  segments: readonly string[];
  send: Send;
  owner: object | undefined;
  /** Methods set on this node by hand (e.g. `jest.spyOn(node, 'post')`); made on the first. */
  overrides: Record<string, unknown> | undefined;
}

const NO_OVERRIDES: Readonly<Record<string, unknown>> = Object.freeze(Object.create(null) as Record<string, unknown>);
const overridesOf = (t: Target): Readonly<Record<string, unknown>> => t.overrides ?? NO_OVERRIDES;
const own = (t: Target): Record<string, unknown> => (t.overrides ??= Object.create(null) as Record<string, unknown>);

const pathOf = (t: Target): string => t.segments.join('/');

/** One handler for every node: a call walks five or six, so no closures are made per node. */
const HANDLER: ProxyHandler<Target> = {
  get(t, key) {
    if (key === OWNER) return t.owner;
    if (typeof key === 'symbol') return symbolProperty(key, pathOf(t));
    if (t.overrides && key in t.overrides) return t.overrides[key];
    if (key === 'chain') return (more: string) => createNode(t.send, appendSegments(t.segments, splitVerbatim(String(more))), t.owner);
    const verb = verbOf(key);
    if (verb) return (options?: unknown) => t.send(t.segments, verb, options);
    if (key === 'toString' || key === 'valueOf' || key === 'toJSON') return () => pathOf(t);
    if (NOT_SEGMENTS.has(key)) return undefined;
    return createNode(t.send, appendSegments(t.segments, segmentsOfKey(key)), t.owner);
  },
  set(t, key, value) {
    if (typeof key === 'symbol') return false;
    own(t)[key] = value;
    return true;
  },
  has(t, key) {
    return typeof key === 'string' && (key === 'chain' || verbOf(key) !== undefined || key in overridesOf(t));
  },
  ownKeys: (t) => Reflect.ownKeys(overridesOf(t)),
  getOwnPropertyDescriptor(t, key) {
    const overrides = overridesOf(t);
    if (typeof key !== 'string' || !(key in overrides)) return undefined;
    return { value: overrides[key], writable: true, enumerable: true, configurable: true };
  },
  defineProperty(t, key, descriptor) {
    if (typeof key === 'symbol') return false;
    own(t)[key] = descriptor.value ?? descriptor.get?.call(undefined);
    return true;
  },
  deleteProperty(t, key) {
    if (typeof key === 'string' && t.overrides) delete t.overrides[key];
    return true;
  },
};

/**
 * util.inspect looks at a Proxy's target, not through the traps, and calls this with the Proxy as
 * `this`: the path comes back through the `Symbol.toPrimitive` trap. One for every node.
 */
const INSPECT = {
  [inspect.custom](this: unknown): string {
    return label(String(this));
  },
};

/** A node of the chain: a Proxy that only collects segments (nothing cached: memory stays flat). */
export function createNode(send: Send, segments: readonly string[] = [], owner?: object): unknown {
  const target = Object.create(INSPECT) as Target;
  target.segments = segments;
  target.send = send;
  target.owner = owner;
  target.overrides = undefined;
  return new Proxy(target, HANDLER);
}

function label(path: string): string {
  return `[WechatpayNode ${path ? `/${path}` : '(root)'}]`;
}

function symbolProperty(key: symbol, path: string): unknown {
  if (key === Symbol.toPrimitive) return () => path;
  if (key === Symbol.toStringTag) return 'WechatpayNode';
  if (key === inspect.custom) return () => label(path);
  return undefined;
}
