import { inspect } from 'node:util';
import { appendSegments, segmentsOfKey, splitVerbatim } from './segments';
import { verbOf, type Verb } from './verbs';

/** What a node calls when a verb is invoked: the client's sender. */
export type Send = (segments: readonly string[], verb: Verb, options?: unknown) => Promise<unknown>;

/**
 * The client behind a node, for the SDK's own helpers (certificates, bills, uploads): read with
 * `node[OWNER]`. A symbol, so it can never collide with a path segment.
 */
export const OWNER: unique symbol = Symbol.for('wechatpay-ts.owner');

/**
 * Property names that keep their ordinary JavaScript meaning and never become path segments, so
 * `await node`, `console.log(node)`, `String(node)` and `JSON.stringify(node)` send nothing.
 * (WeChat Pay paths are lower-case words with `-` and `_`: none of these can be one.)
 */
const NOT_SEGMENTS = new Set([
  'then', 'catch', 'finally', 'toJSON', 'inspect', 'toString', 'valueOf', 'toLocaleString',
  'constructor', 'prototype', '__proto__', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable',
  'asymmetricMatch', 'nodeType', 'tagName', '$$typeof', '@@__IMMUTABLE_ITERABLE__@@', '@@__IMMUTABLE_RECORD__@@',
]);

interface Target {
  readonly segments: readonly string[];
  /** Methods set on this node by hand (e.g. `jest.spyOn(node, 'post')`). */
  overrides: Record<string, unknown>;
  [inspect.custom]: () => string;
}

/**
 * A node of the chain: a Proxy that only collects segments. Reading a property returns a child
 * node (nothing is cached, so nodes cost nothing to keep and memory stays flat); reading a verb
 * returns a function that hands the segments to `send`.
 */
export function createNode(send: Send, segments: readonly string[] = [], owner?: object): unknown {
  const path = segments.join('/');
  // util.inspect looks at a Proxy's target, not through the traps: give the target the label.
  const target: Target = { segments, overrides: Object.create(null), [inspect.custom]: () => label(path) };
  return new Proxy(target, {
    get(t, key) {
      if (key === OWNER) return owner;
      if (typeof key === 'symbol') return symbolProperty(key, path);
      if (key in t.overrides) return t.overrides[key];
      if (key === 'chain') return (more: string) => createNode(send, appendSegments(segments, splitVerbatim(String(more))), owner);
      const verb = verbOf(key);
      if (verb) return (options?: unknown) => send(segments, verb, options);
      if (key === 'toString' || key === 'valueOf' || key === 'toJSON') return () => path;
      if (NOT_SEGMENTS.has(key)) return undefined;
      return createNode(send, appendSegments(segments, segmentsOfKey(key)), owner);
    },
    set(t, key, value) {
      if (typeof key === 'symbol') return false;
      t.overrides[key] = value;
      return true;
    },
    has(t, key) {
      return typeof key === 'string' && (key === 'chain' || verbOf(key) !== undefined || key in t.overrides);
    },
    ownKeys: (t) => Reflect.ownKeys(t.overrides),
    getOwnPropertyDescriptor(t, key) {
      if (typeof key !== 'string' || !(key in t.overrides)) return undefined;
      return { value: t.overrides[key], writable: true, enumerable: true, configurable: true };
    },
    defineProperty(t, key, descriptor) {
      if (typeof key === 'symbol') return false;
      t.overrides[key] = descriptor.value ?? descriptor.get?.call(undefined);
      return true;
    },
    deleteProperty(t, key) {
      if (typeof key === 'string') delete t.overrides[key];
      return true;
    },
  });
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
