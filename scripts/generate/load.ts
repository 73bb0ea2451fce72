/**
 * Reading the OpenAPI (Swagger 2.0) description: swagger.yaml's path list, the per-path files and
 * the `$ref`s between them. Nothing here knows about TypeScript.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parse } from 'yaml';

/** A JSON-ish node of the description. */
export type Schema = { [key: string]: unknown };

export const HTTP_VERBS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type HttpVerb = (typeof HTTP_VERBS)[number];

/** One verb of one path. */
export interface Operation {
  /** The chain path: `v2/payitil/report`, `v3/pay/transactions/native`, `hk/v3/refunds`. */
  chainPath: string;
  /** The path as sent: `/payitil/report`, `/v3/pay/transactions/native`. */
  urlPath: string;
  api: 'v2' | 'v3';
  verb: HttpVerb;
  /** The file the operation lives in, relative to the description root, `/`-separated. */
  file: string;
  op: Schema;
}

/** A resolved `$ref`: the target's stable key (`definitions/Transaction.yaml#Amount`) and node. */
export interface Resolved {
  key: string;
  file: string;
  name: string;
  schema: Schema;
}

export function isSchema(value: unknown): value is Schema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The description on disk, its files parsed once each. */
export class Spec {
  private readonly cache = new Map<string, unknown>();

  constructor(readonly root: string) {}

  /** A file's parsed YAML; `file` is relative to the root and `/`-separated. */
  read(file: string): unknown {
    let doc = this.cache.get(file);
    if (doc === undefined) {
      doc = parse(readFileSync(join(this.root, ...file.split('/')), 'utf8'), { maxAliasCount: -1 }) as unknown;
      this.cache.set(file, doc);
    }
    return doc;
  }

  /**
   * `ref` as written in `fromFile` (`../../definitions/report.yaml#/report.request`, `#Order`).
   * Fragments are one top-level name, with or without the leading `/`.
   */
  resolve(fromFile: string, ref: string): Resolved {
    const hash = ref.indexOf('#');
    const target = hash < 0 ? ref : ref.slice(0, hash);
    const name = hash < 0 ? '' : ref.slice(hash + 1).replace(/^\//, '');
    const file = target === '' ? fromFile : posix.normalize(posix.join(posix.dirname(fromFile), target));
    const doc = this.read(file);
    const node = name === '' ? doc : isSchema(doc) ? doc[name] : undefined;
    if (!isSchema(node)) throw new Error(`Cannot resolve $ref ${ref} from ${fromFile}`);
    return { key: `${file}#${name}`, file, name, schema: node };
  }

  /** Every verb of every path swagger.yaml lists, sorted by chain path then verb. */
  operations(): Operation[] {
    const swagger = this.read('swagger.yaml');
    const paths = isSchema(swagger) && isSchema(swagger.paths) ? swagger.paths : {};
    const operations: Operation[] = [];
    for (const [urlPath, entry] of Object.entries(paths)) {
      if (!isSchema(entry) || typeof entry.$ref !== 'string') throw new Error(`swagger.yaml: ${urlPath} is not a $ref`);
      const file = posix.normalize(entry.$ref);
      const doc = this.read(file);
      if (!isSchema(doc)) throw new Error(`${file}: not a mapping`);
      const api = /^\/(v3|hk|global)\//.test(urlPath) ? 'v3' : 'v2';
      const chainPath = api === 'v2' ? `v2${urlPath}` : urlPath.slice(1);
      // Only HTTP verbs: v3/webhooks.yaml also holds notification shapes at its top level.
      for (const verb of HTTP_VERBS) {
        const op = doc[verb];
        if (isSchema(op)) operations.push({ chainPath, urlPath, api, verb, file, op });
      }
    }
    return operations.sort((a, b) => compare(a.chainPath, b.chainPath) || compare(a.verb, b.verb));
  }
}

/** The media types of an operation whose answer is a file (its `produces` holds no JSON type), else undefined. */
export function fileAnswerTypes({ op }: Operation): string[] | undefined {
  const produces = Array.isArray(op.produces) ? op.produces.map(String) : [];
  return produces.length > 0 && produces.every((type) => !/json/i.test(type)) ? produces : undefined;
}

/** Byte-order comparison (locale-independent, so output is the same everywhere). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
