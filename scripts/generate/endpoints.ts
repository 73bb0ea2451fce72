/** The `Endpoints` interface: per chain path and verb, the options a call takes and its answer. */
import { HEADER, inlineDoc, quote } from './format';
import { isSchema, type Operation, type Schema, type Spec } from './load';
import { OVERRIDES, V2_ENUM_FIELDS, type Override } from './overrides';
import { emitPathTree } from './path-tree';
import { TypeEmitter, type Field } from './schema-to-ts';
import { enumOf, collectProperties } from './schema-walk';

/** Helpers the entries use; the payload type is written once even when it is an inline literal. */
const HELPERS = `/** An APIv2 call: the \`xml\` payload is required (\`nonce_str\` and \`sign\` are added by the SDK). */
type XmlCall<Xml, Response, Extra = unknown> = EndpointVerb<V2XmlOptions<Xml> & Extra, Response>;
/** An APIv3 call whose \`json\` body is required (as an object, or built with \`encrypt\`). */
type JsonCall<Json, Response, Extra = unknown> = EndpointVerb<V3JsonOptions<Json> & Extra, Response>;
`;

const TYPES_IMPORTED = ['EndpointVerb', 'V2Options', 'V2XmlOptions', 'V3JsonOptions', 'V3Options'];
const RESERVED = ['Endpoints', 'AsyncNames', 'PathTree', 'XmlCall', 'JsonCall', 'Record', 'Array', ...TYPES_IMPORTED];

/** Content types whose answer the SDK cannot give as a parsed object (bill files). */
const PARSED_CONTENT = /json|xml/;

const ENTRY = '    ';

/** One parameter of an operation, its `$ref` followed: the schema and the file it is in. */
export interface Parameter {
  schema: Schema;
  file: string;
}

/** The parameters of an operation (`in`: body, query, path, header, formData), `$ref`s followed. */
export function parametersOf(spec: Spec, { op, file }: Operation): Parameter[] {
  return (Array.isArray(op.parameters) ? op.parameters : []).map((p): Parameter => {
    if (isSchema(p) && typeof p.$ref === 'string') {
      const target = spec.resolve(file, p.$ref);
      return { schema: target.schema, file: target.file };
    }
    return { schema: isSchema(p) ? p : {}, file };
  });
}

/** The answer an operation documents: its first 2xx status and that answer's schema, if any. */
export function answerOf({ op }: Operation): { code: string; schema: unknown } | undefined {
  const responses = isSchema(op.responses) ? op.responses : {};
  const code = Object.keys(responses)
    .filter((c) => /^2\d\d$/.test(c))
    .sort()[0];
  if (code === undefined) return undefined;
  const answer = responses[code];
  return { code, schema: isSchema(answer) ? answer.schema : undefined };
}

/**
 * Every value of each field of `V2_ENUM_FIELDS`: the values of its enumerations, then those the
 * APIv2 payloads and answers give it, in the order of the operations, each once.
 */
export function v2EnumValues(spec: Spec, operations: readonly Operation[]): Map<string, string[]> {
  const values = new Map<string, Set<string>>();
  for (const [name, refs] of Object.entries(V2_ENUM_FIELDS)) {
    values.set(name, new Set(refs.flatMap((ref) => (enumOf(spec, { $ref: ref }, 'swagger.yaml') ?? []).map(String))));
  }
  for (const operation of operations.filter((o) => o.api === 'v2')) {
    const body = parametersOf(spec, operation).find((p) => p.schema.in === 'body');
    const answer = answerOf(operation);
    const schemas = [...(body ? [{ schema: body.schema.schema, file: body.file }] : []), { schema: answer?.schema, file: operation.file }];
    for (const { schema, file } of schemas) {
      for (const [name, { prop, file: from }] of collectProperties(spec, schema, file).properties) {
        enumOf(spec, prop, from)?.forEach((value) => values.get(name)?.add(String(value)));
      }
    }
  }
  return new Map([...values].map(([name, set]) => [name, [...set]]));
}

export interface EndpointsResult {
  content: string;
  /** Schema `type`s that are not JSON types (typos in the description), read as strings. */
  oddities: string[];
}

/**
 * src/generated/endpoints.ts for the given operations (sorted). `pageOf` gives the link to a chain
 * path's page, put in the doc comment of each verb (with the summary) for editors to show.
 */
export function emitEndpoints(spec: Spec, operations: readonly Operation[], docs: boolean, pageOf?: (chainPath: string) => string): EndpointsResult {
  const overrideImports = new Map<string, Set<string>>();
  for (const byVerb of Object.values(OVERRIDES)) {
    for (const override of Object.values(byVerb)) {
      const names = overrideImports.get(override.from) ?? new Set<string>();
      [override.request, override.response].forEach((name) => name && names.add(name));
      overrideImports.set(override.from, names);
    }
  }
  const reserved = new Set([...RESERVED, ...[...overrideImports.values()].flatMap((names) => [...names])]);
  const emitter = new TypeEmitter(spec, docs, reserved, v2EnumValues(spec, operations));

  const byPath = new Map<string, string[]>();
  const asyncNames = new Map<string, string[]>();
  for (const operation of operations) {
    const { chainPath, verb, op } = operation;
    const doc = verbDoc(docs ? emitter.doc(op.summary) : undefined, docs ? pageOf?.(chainPath) : undefined, op.deprecated === true);
    byPath.set(chainPath, [...(byPath.get(chainPath) ?? []), `${doc}${verb}: ${emitOperation(spec, emitter, operation)};`]);
    asyncNames.set(chainPath, [...(asyncNames.get(chainPath) ?? []), `${doc}${verb}Async: ${quote(verb)};`]);
  }
  const entries = [...byPath].map(([path, verbs]) => `  ${quote(path)}: {\n${verbs.join('\n')}\n  };`);
  const asyncEntries = [...asyncNames].map(([path, names]) => `  ${quote(path)}: {\n${names.join('\n')}\n  };`);
  const asyncInterface = `/**
 * Every described endpoint: chain path -> \`<verb>Async\` -> its verb, with the verb's doc comment, so
 * that an editor shows it on \`postAsync\` as on \`post\` (a key renamed by a mapped type loses it).
 */
export interface AsyncNames {\n${asyncEntries.join('\n')}\n}\n`;
  // declarations() names the types; every text built before it still holds tokens.
  const declarations = emitter.declarations();
  const endpoints = emitter.resolveNames(
    `/** Every described endpoint: chain path -> verb -> { options, response }. Extend it with \`declare module\`. */\nexport interface Endpoints {\n${entries.join('\n')}\n}\n`,
  );

  const imports = [
    `import type { ${TYPES_IMPORTED.join(', ')} } from '../types';`,
    ...[...overrideImports].sort().map(([from, names]) => `import type { ${[...names].sort().join(', ')} } from ${quote(from)};`),
  ];
  const content = [
    HEADER + imports.join('\n') + '\n',
    HELPERS,
    endpoints,
    asyncInterface,
    emitPathTree([...byPath.keys()]),
    ...declarations.map((d) => `${d}\n`),
  ].join('\n');
  const oddities = [...new Set(emitter.oddities.map((o) => `${o.file}: type ${JSON.stringify(o.type)}`))].sort();
  return { content, oddities };
}

/** The type of one verb of one path: its options and answer. */
function emitOperation(spec: Spec, emitter: TypeEmitter, operation: Operation): string {
  const { api, chainPath, verb } = operation;
  const override: Override | undefined = OVERRIDES[chainPath]?.[verb];
  const parameters = parametersOf(spec, operation);

  const extra = extraFields(emitter, chainPath, parameters);
  const extraText = extra.length ? emitter.fields(extra, ENTRY) : undefined;
  const response = override?.response ?? responseType(emitter, operation);

  const body = parameters.find((p) => p.schema.in === 'body');
  // APIv2 sends the XML dictionary, APIv3 a JSON body: the same shape of type either way.
  const [mode, helper, base] = api === 'v2' ? (['xmlRoot', 'XmlCall', 'V2Options'] as const) : (['json', 'JsonCall', 'V3Options'] as const);
  const payload = override?.request ?? (body ? emitter.type(body.schema.schema, body.file, mode, ENTRY).text : undefined);
  if (payload && (override?.request || body?.schema.required === true)) return call(helper, payload, response, extraText);
  return `EndpointVerb<${intersect(payload ? `${base}<${payload}>` : base, extraText)}, ${response}>`;
}

/** The doc comment of a verb member (with its indent), on one line: the summary and the link to the page. */
function verbDoc(summary: string | undefined, page: string | undefined, deprecated: boolean): string {
  const text = [summary, page].filter((part) => part !== undefined).join(' — ');
  return `${ENTRY}${inlineDoc(deprecated ? `@deprecated${text ? ` ${text}` : ''}` : text || undefined)}`;
}

function call(helper: string, payload: string, response: string, extra: string | undefined): string {
  return `${helper}<${payload}, ${response}${extra ? `, ${extra}` : ''}>`;
}

function intersect(base: string, extra: string | undefined): string {
  return extra ? `${base} & ${extra}` : base;
}

/** Path placeholders (required, from the path itself) and `query` (from `in: query` parameters). */
function extraFields(emitter: TypeEmitter, chainPath: string, parameters: readonly Parameter[]): Field[] {
  const fields: Field[] = [];
  for (const [, name] of chainPath.matchAll(/\{([^}]+)\}/g)) {
    if (name === undefined) continue;
    const declared = parameters.find((p) => p.schema.in === 'path' && p.schema.name === name);
    fields.push({ name, type: 'string', optional: false, doc: emitter.doc(declared?.schema.description) });
  }
  const query = parameters.filter((p) => p.schema.in === 'query' && typeof p.schema.name === 'string');
  if (query.length) {
    const queryFields = query.map((p) => ({
      name: String(p.schema.name),
      type: emitter.type(p.schema, p.file, 'json', `${ENTRY}  `).text,
      optional: p.schema.required !== true,
      doc: emitter.doc(p.schema.description),
    }));
    fields.push({ name: 'query', type: emitter.fields(queryFields, `${ENTRY}  `), optional: queryFields.every((f) => f.optional) });
  }
  return fields;
}

/**
 * The answer: the first 2xx schema (APIv2 as the XML dictionary, strings only), `void` for 204 or
 * a 2xx without schema, `unknown` for a file download or when no 2xx is described (a redirect).
 */
function responseType(emitter: TypeEmitter, operation: Operation): string {
  const { op, file, api } = operation;
  const answer = answerOf(operation);
  if (answer === undefined) return 'unknown';
  const { code, schema } = answer;
  if (code === '204') return 'void';
  if (!isSchema(schema) || Object.keys(schema).length === 0) {
    const produces = Array.isArray(op.produces) ? op.produces.map(String) : [];
    return produces.some((type) => !PARSED_CONTENT.test(type)) ? 'unknown' : 'void';
  }
  return emitter.type(schema, file, api === 'v2' ? 'xmlResponse' : 'json', ENTRY).text;
}
