/**
 * Sharing: every schema node that occurs more than once (and is worth a reference) is stored
 * once in a table and referred to by its index. The runtime parses a table entry on first use.
 */
import type { Node, Operation, Ref } from '../../packages/simulator/src/contract/types';

/** A node's children, each with a way to put a reference in its place. */
function children(node: Node): Array<[Ref, (ref: Ref) => void]> {
  const found: Array<[Ref, (ref: Ref) => void]> = [];
  if (node.p) for (const name of Object.keys(node.p)) found.push([node.p[name]!, (ref) => (node.p![name] = ref)]);
  if (node.i !== undefined) found.push([node.i, (ref) => (node.i = ref)]);
  if (node.o) node.o.forEach((branch, at) => found.push([branch, (ref) => (node.o![at] = ref)]));
  if (node.js !== undefined) found.push([node.js, (ref) => (node.js = ref)]);
  return found;
}

const OPERATION_REFS = ['path', 'query', 'body', 'form', 'answer'] as const;

/** The shared table and the operations rewritten to refer to it. */
export interface Pooled {
  schemas: string[];
  operations: string[];
}

/**
 * Pool the nodes of `operations`. A node goes into the table when it has children, or when its
 * text is at least `minShared` characters long and occurs more than once; others stay inline.
 */
export function pool(operations: Operation[], minShared = 24): Pooled {
  const texts = new Map<string, number>();
  const schemas: string[] = [];
  // First pass: how often each (children-inlined) node occurs.
  const seen = new Map<string, number>();
  const countAll = (node: Node): void => {
    for (const [child] of children(node)) if (typeof child === 'object') countAll(child);
    const text = JSON.stringify(node);
    seen.set(text, (seen.get(text) ?? 0) + 1);
  };
  for (const operation of operations) for (const key of OPERATION_REFS) if (typeof operation[key] === 'object') countAll(operation[key] as Node);
  const intern = (node: Node): Ref => {
    const inlined = JSON.stringify(node);
    for (const [child, put] of children(node)) if (typeof child === 'object') put(intern(child));
    const composite = children(node).length > 0;
    if (!composite && (inlined.length < minShared || (seen.get(inlined) ?? 0) < 2)) return node;
    const text = JSON.stringify(node);
    let index = texts.get(text);
    if (index === undefined) {
      index = schemas.length;
      schemas.push(text);
      texts.set(text, index);
    }
    return index;
  };
  const rewritten = operations.map((operation) => {
    const copy: Operation = { ...operation };
    for (const key of OPERATION_REFS) if (typeof copy[key] === 'object') (copy as unknown as Record<string, Ref>)[key] = intern(copy[key] as Node);
    return JSON.stringify(copy);
  });
  return { schemas, operations: rewritten };
}
