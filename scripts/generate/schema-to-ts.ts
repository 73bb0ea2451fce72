/**
 * Schema -> TypeScript type text. Every `$ref` target becomes one named declaration (per mode),
 * emitted once however often it is used; everything else is inlined.
 *
 * Modes: `json` (APIv3, types as declared), `xmlRequest` (APIv2 payload: numbers may be given as
 * strings, `jsonArrayLike` fields also take the array the SDK encodes), `xmlResponse` (APIv2
 * answer: XML carries text, so every scalar is a string) and `xmlRoot` (a whole APIv2 payload:
 * `xmlRequest` flattened, `sign` dropped and `nonce_str` optional because the SDK adds them;
 * identifiers WeChat wants any one of made optional, see overrides.ts).
 */
import { firstSentence, inlineDoc, pascalCase, propertyKey, quote } from './format';
import { isSchema, type Schema, type Spec } from './load';
import { relaxV2Required } from './overrides';
import { collectProperties, enumOf, enumOfParts, schemaKind, type SchemaKind } from './schema-walk';

export type Mode = 'json' | 'xmlRequest' | 'xmlResponse' | 'xmlRoot';

/** A type's text and how it binds, so unions and intersections get parentheses when nested. */
export interface TsType {
  text: string;
  kind: 'atom' | 'union' | 'intersection';
}

/** One member of an object type. */
export interface Field {
  name: string;
  type: string;
  optional: boolean;
  doc?: string;
}

interface Entry {
  id: number;
  key: string;
  mode: Mode;
  file: string;
  fragment: string;
  schema: Schema;
  name: string;
}

const atom = (text: string): TsType => ({ text, kind: 'atom' });
const TOKEN = /\u0001(\d+)\u0001/g;
const SIGN_TYPES = "'MD5' | 'HMAC-SHA256'";

/** Types the description declares with a name that is not a JSON type; read as strings. */
export interface Oddity {
  file: string;
  type: string;
}

export class TypeEmitter {
  private readonly entries = new Map<string, Entry>();
  private readonly byId: Entry[] = [];
  private readonly emitted = new Set<number>();
  readonly oddities: Oddity[] = [];

  constructor(
    private readonly spec: Spec,
    private readonly docs: boolean,
    /** Names the generated file already uses (imports, helpers). */
    private readonly reserved: ReadonlySet<string>,
    /** APIv2 field name -> every value it takes (overrides.ts `V2_ENUM_FIELDS`). */
    private readonly v2Enums: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {}

  /** The doc text of a description, or undefined when docs are off. */
  doc(description: unknown): string | undefined {
    return this.docs ? firstSentence(description) : undefined;
  }

  /** A reference to the named type of `ref` (as written in `file`) in `mode`. */
  ref(file: string, ref: string, mode: Mode): string {
    const target = this.spec.resolve(file, ref);
    const id = `${mode} ${target.key}`;
    let entry = this.entries.get(id);
    if (!entry) {
      entry = { id: this.byId.length, key: target.key, mode, file: target.file, fragment: target.name, schema: target.schema, name: '' };
      this.entries.set(id, entry);
      this.byId.push(entry);
    }
    return `\u0001${entry.id}\u0001`;
  }

  /** The type of `schema` (found in `file`), laid out for `indent`. */
  type(schema: unknown, file: string, mode: Mode, indent = ''): TsType {
    if (!isSchema(schema)) return atom('unknown');
    if (typeof schema.$ref === 'string') return atom(this.ref(file, schema.$ref, mode));
    if (mode === 'xmlRoot') return atom(this.rootObject(schema, file, indent));
    if (Array.isArray(schema.allOf)) return this.allOf(schema, schema.allOf, file, mode, indent);
    const jsonLike = mode === 'xmlRequest' ? this.jsonArrayLike(schema, file, indent) : undefined;
    if (jsonLike) return jsonLike;
    const kind = this.kindOf(schema, file);
    if (Array.isArray(schema.enum) && kind !== 'object' && kind !== 'array') {
      const literals = this.enumLiterals(schema.enum, kind, mode);
      if (literals.length) return { text: literals.join(' | '), kind: literals.length > 1 ? 'union' : 'atom' };
    }
    return this.kindType(schema, kind, file, mode, indent);
  }

  private allOf(schema: Schema, allOf: unknown[], file: string, mode: Mode, indent: string): TsType {
    const parts = allOf.map((part) => this.type(part, file, mode, indent));
    // `allOf` of enumerations extends one with more values (`BillType` plus `RECHARGE_REFUND`, …):
    // the values of every part are valid, so a union; an intersection would hold no value at all.
    if (parts.length > 1 && enumOfParts(this.spec, allOf, file)) return { text: parts.map((p) => p.text).join(' | '), kind: 'union' };
    if (isSchema(schema.properties)) parts.push(atom(this.object(schema, file, mode, indent)));
    if (parts.length === 1 && parts[0]) return parts[0];
    return { text: parts.map((p) => (p.kind === 'union' ? `(${p.text})` : p.text)).join(' & '), kind: 'intersection' };
  }

  /** A schema of `kind` with no enumeration; APIv2 answers carry text, APIv2 requests take it. */
  private kindType(schema: Schema, kind: SchemaKind, file: string, mode: Mode, indent: string): TsType {
    switch (kind) {
      case 'object':
        return atom(this.object(schema, file, mode, indent));
      case 'array': {
        const item = this.type(schema.items, file, mode, indent);
        return atom(item.kind === 'atom' ? `${item.text}[]` : `Array<${item.text}>`);
      }
      case 'string':
        return atom('string');
      case 'number':
      case 'boolean':
        if (mode === 'xmlResponse') return atom('string');
        return mode === 'xmlRequest' ? { text: `${kind} | string`, kind: 'union' } : atom(kind);
      default:
        return atom('unknown');
    }
  }

  /** `{ a: T; b?: U }` from a list of fields; `$n`/`$m` names become template index signatures. */
  fields(fields: readonly Field[], indent: string): string {
    if (fields.length === 0) return 'Record<string, never>';
    const inner = `${indent}  `;
    const lines = fields.map((f) => {
      const doc = inlineDoc(f.doc);
      if (/\$[nm]/.test(f.name)) {
        const pattern = f.name.replace(/`/g, '\\`').replace(/\$[nm]/g, '${number}');
        return `${inner}${doc}[key: \`${pattern}\`]: ${f.type};`;
      }
      return `${inner}${doc}${propertyKey(f.name)}${f.optional ? '?' : ''}: ${f.type};`;
    });
    return `{\n${lines.join('\n')}\n${indent}}`;
  }

  /**
   * The declarations of every named type used so far (emitting one may use more), sorted by
   * name, then every reference token replaced by its name. Call once, after all other text.
   */
  declarations(): string[] {
    const bodies = new Map<number, string>();
    for (let i = 0; i < this.byId.length; i += 1) {
      const entry = this.byId[i];
      if (!entry || this.emitted.has(entry.id)) continue;
      this.emitted.add(entry.id);
      bodies.set(entry.id, this.declaration(entry));
    }
    this.assignNames();
    return [...bodies.entries()]
      .map(([id, body]) => ({ name: this.byId[id]?.name ?? '', body }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map(({ body }) => this.resolveNames(body));
  }

  /** `text` with reference tokens replaced by type names (after declarations()). */
  resolveNames(text: string): string {
    return text.replace(TOKEN, (_, id: string) => this.byId[Number(id)]?.name ?? 'unknown');
  }

  private declaration(entry: Entry): string {
    const doc = this.doc(entry.schema.description);
    const head = doc ? `/** ${doc} */\n` : '';
    const token = `\u0001${entry.id}\u0001`;
    const { schema, file, mode } = entry;
    const plainObject =
      mode === 'xmlRoot' ||
      (typeof schema.$ref !== 'string' && !Array.isArray(schema.allOf) && this.kindOf(schema, file) === 'object' && isSchema(schema.properties));
    if (plainObject) {
      const body = mode === 'xmlRoot' ? this.rootObject(schema, file, '') : this.object(schema, file, mode, '');
      return `${head}export interface ${token} ${body}`;
    }
    return `${head}export type ${token} = ${this.type(schema, file, mode, '').text};`;
  }

  private object(schema: Schema, file: string, mode: Mode, indent: string): string {
    const properties = isSchema(schema.properties) ? schema.properties : undefined;
    if (!properties || Object.keys(properties).length === 0) return 'Record<string, unknown>';
    const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
    const fields = Object.entries(properties).map(([name, prop]) => this.field(name, prop, file, mode, !required.has(name), indent));
    return this.fields(fields, indent);
  }

  private field(name: string, prop: unknown, file: string, mode: Mode, optional: boolean, indent: string): Field {
    const values = mode === 'xmlRequest' || mode === 'xmlResponse' ? this.v2Enums.get(name) : undefined;
    const whole = values && (mode === 'xmlResponse' || enumOf(this.spec, prop, file) === undefined);
    const type = whole ? values.map(quote).join(' | ') : this.type(prop, file, mode, `${indent}  `).text;
    return { name, type, optional, doc: isSchema(prop) ? this.doc(prop.description) : undefined };
  }

  /** A whole APIv2 payload: all parts merged, `sign` dropped, `nonce_str` optional, `sign_type` typed. */
  private rootObject(schema: Schema, file: string, indent: string): string {
    const { properties, required } = collectProperties(this.spec, schema, file);
    const needed = relaxV2Required(required, file);
    const fields: Field[] = [];
    for (const [name, { prop, file: from }] of properties) {
      if (name === 'sign') continue;
      const field = this.field(name, prop, from, 'xmlRequest', !needed.has(name) || name === 'nonce_str', indent);
      if (name === 'sign_type') field.type = SIGN_TYPES;
      fields.push(field);
    }
    return this.fields(fields, indent);
  }

  /** `format: jsonArrayLike` with an `x-json` array: the JSON text, or the items to encode. */
  private jsonArrayLike(schema: Schema, file: string, indent: string): TsType | undefined {
    const xJson = schema['x-json'];
    if (schema.format !== 'jsonArrayLike' || !isSchema(xJson)) return undefined;
    const items = this.type(xJson.type === 'array' ? xJson.items : xJson, file, 'json', indent);
    return { text: `string | ${items.kind === 'atom' ? `${items.text}[]` : `Array<${items.text}>`}`, kind: 'union' };
  }

  private kindOf(schema: Schema, file: string): SchemaKind {
    const { kind, oddType } = schemaKind(schema);
    // `stringde`, `'20150806125346'`: typos of string in the description.
    if (oddType !== undefined) this.oddities.push({ file, type: oddType });
    return kind;
  }

  private enumLiterals(values: unknown[], kind: string, mode: Mode): string[] {
    const out = new Set<string>();
    for (const value of values) {
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
      const numeric = typeof value !== 'string' && kind !== 'string';
      if (numeric && mode !== 'xmlResponse') out.add(String(value));
      if (!numeric || mode !== 'json') out.add(quote(String(value)));
    }
    return [...out];
  }

  /** Names from `$ref` fragments; clashes get the file's name in front, then a number. */
  private assignNames(): void {
    const taken = new Set(this.reserved);
    const candidates = new Map<Entry, string>();
    const count = new Map<string, number>();
    for (const entry of this.byId) {
      const base = pascalCase(entry.fragment || entry.file.replace(/^.*\//, '').replace(/\.yaml$/, ''));
      candidates.set(entry, base);
      count.set(base, (count.get(base) ?? 0) + 1);
    }
    const modeSuffix: Record<Mode, string> = { json: '', xmlRoot: '', xmlRequest: 'Xml', xmlResponse: 'XmlResponse' };
    const sorted = [...this.byId].sort((a, b) => compareKeys(a, b));
    for (const entry of sorted) {
      const base = candidates.get(entry) ?? 'T';
      let name = base;
      if ((count.get(base) ?? 0) > 1 || taken.has(base)) {
        const filePart = pascalCase(entry.file.replace(/^.*\//, '').replace(/\.yaml$/, ''));
        name = `${base.startsWith(filePart) ? '' : filePart}${base}${modeSuffix[entry.mode]}`;
      }
      let unique = name;
      for (let n = 2; taken.has(unique); n += 1) unique = `${name}${n}`;
      taken.add(unique);
      entry.name = unique;
    }
  }
}

function compareKeys(a: Entry, b: Entry): number {
  const ka = `${a.key} ${a.mode}`;
  const kb = `${b.key} ${b.mode}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
