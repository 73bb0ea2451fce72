import { brotliDecompressSync } from 'node:zlib';
import { PACKED_CONTRACT } from './data';
import type { Node, Operation, Ref } from './types';

/**
 * The compiled description, read on demand: its data made and the route table built on the first lookup, an
 * operation's entry and each shared schema are parsed on first use and kept (at most one of each,
 * so memory is bounded by the description's size).
 */

interface Trie {
  literal: Map<string, Trie>;
  /** A placeholder at this position, whatever its name. */
  param?: Trie;
  /** The operations ending here, by method: their index and placeholder names. */
  ends: Map<string, { index: number; names: string[] }>;
}

const trie = (): Trie => ({ literal: new Map(), ends: new Map() });

/** The compiled description, unpacked: routes one a line, each operation and shared schema as JSON text, parsed on first use. */
export interface ContractData {
  routes: string;
  operations: readonly string[];
  schemas: readonly string[];
}

/**
 * The compiled description out of its packed form (scripts/contract/index.ts `emitContract`):
 * base64, brotli, then lines (`<operations> <schemas>`, the routes, the operations, the schemas).
 *
 * @example unpack(PACKED_CONTRACT).operations.length // 1154
 */
export function unpack(packed: string): ContractData {
  const lines = brotliDecompressSync(Buffer.from(packed, 'base64')).toString('utf8').split('\n');
  const [operationCount = 0, schemaCount = 0] = lines[0]!.split(' ').map(Number);
  const schemas = lines.slice(1 + 2 * operationCount);
  if (schemas.length !== schemaCount) throw new Error(`The simulator's contract data is damaged: ${schemas.length} schemas, expected ${schemaCount}`);
  return { routes: lines.slice(1, 1 + operationCount).join('\n'), operations: lines.slice(1 + operationCount, 1 + 2 * operationCount), schemas };
}

let data: ContractData | undefined;
const loaded = () => (data ??= unpack(PACKED_CONTRACT));
let root: Trie | undefined;
const operations: Array<Operation | undefined> = [];
const schemas: Array<Node | undefined> = [];

function build(): Trie {
  const top = trie();
  loaded()
    .routes.split('\n')
    .forEach((line, index) => {
      const space = line.indexOf(' ');
      const method = line.slice(0, space);
      const names: string[] = [];
      let at = top;
      for (const segment of line.slice(space + 1).split('/')) {
        const placeholder = /^\{(.+)\}$/.exec(segment);
        if (placeholder) {
          names.push(placeholder[1]!);
          at = at.param ??= trie();
        } else {
          let next = at.literal.get(segment);
          if (!next) at.literal.set(segment, (next = trie()));
          at = next;
        }
      }
      // Two templates may differ only in a placeholder's name: the first described wins.
      if (!at.ends.has(method)) at.ends.set(method, { index, names });
    });
  return top;
}

/** Where a path leads: the operation for the method, or the methods the path takes. */
export type RouteMatch =
  { found: true; index: number; operation: Operation; params: Record<string, string>; template: string } | { found: false; methods: string[] };

/** Every end the segments reach, literal segments tried before placeholders. */
function ends(at: Trie, segments: string[], from: number, values: string[], out: Array<{ at: Trie; values: string[] }>): void {
  if (from === segments.length) {
    if (at.ends.size) out.push({ at, values });
    return;
  }
  const segment = segments[from]!;
  const literal = at.literal.get(segment);
  if (literal) ends(literal, segments, from + 1, values, out);
  // A placeholder takes a non-empty segment.
  if (at.param && segment !== '') ends(at.param, segments, from + 1, [...values, segment], out);
}

/**
 * The operation `METHOD path` names; placeholder values are as sent (still percent-encoded).
 *
 * @example match('GET', '/v3/pay/transactions/id/4200000001') // { found: true, params: { transaction_id: '4200000001' }, … }
 */
export function match(method: string, path: string): RouteMatch {
  root ??= build();
  const reached: Array<{ at: Trie; values: string[] }> = [];
  ends(root, path.split('/'), 0, [], reached);
  for (const { at, values } of reached) {
    const end = at.ends.get(method);
    if (!end) continue;
    const params: Record<string, string> = {};
    end.names.forEach((name, position) => (params[name] = values[position]!));
    return { found: true, index: end.index, operation: operation(end.index), params, template: templateOf(end.index) };
  }
  return { found: false, methods: [...new Set(reached.flatMap(({ at }) => [...at.ends.keys()]))] };
}

let templates: string[] | undefined;

/** `METHOD /path/{placeholder}` of the operation at `index`. */
export function templateOf(index: number): string {
  templates ??= loaded().routes.split('\n');
  return templates[index] ?? '';
}

/** The number of operations described. */
export function operationCount(): number {
  return loaded().operations.length;
}

/** The operation at `index`, parsed on first use. */
export function operation(index: number): Operation {
  let found = operations[index];
  if (!found) operations[index] = found = JSON.parse(loaded().operations[index]!) as Operation;
  return found;
}

/**
 * A node, its shared schema parsed on first use.
 *
 * @example node(operation(0).body!).p // the body's properties
 */
export function node(ref: Ref): Node {
  if (typeof ref !== 'number') return ref;
  let found = schemas[ref];
  if (!found) schemas[ref] = found = JSON.parse(loaded().schemas[ref]!) as Node;
  return found;
}

/** How many operations and shared schemas are parsed so far: for the benchmark of memory. */
export function parsedCount(): { operations: number; schemas: number; totalSchemas: number } {
  return { operations: operations.filter(Boolean).length, schemas: schemas.filter(Boolean).length, totalSchemas: loaded().schemas.length };
}
