/**
 * The compiled form of the API description (scripts/contract.ts writes it to data.ts): one
 * entry per operation, its schemas as small nodes with short keys, shared schemas stored once
 * and referred to by their index in the schema table.
 */

/** A node, or the index of one in the schema table. */
export type Ref = Node | number;

/** JSON Schema's types, one letter each: string, integer, number, boolean, object, array, file. */
export type NodeType = 's' | 'i' | 'n' | 'b' | 'o' | 'a' | 'f';

/** A scalar an enum or an example may hold. */
export type Scalar = string | number | boolean;

/** One schema, with what the checks and the answers need and no prose. */
export interface Node {
  /** The type; absent when the description gives none (anything goes). */
  t?: NodeType;
  /** An object's properties. */
  p?: Record<string, Ref>;
  /** An object's required properties; a list means one of these (the description's 二选一). */
  r?: Array<string | string[]>;
  /** An array's items. */
  i?: Ref;
  /** oneOf: the value matches one of these. */
  o?: Ref[];
  /** enum */
  e?: Scalar[];
  /** minLength / minItems. */
  mn?: number;
  /** maxLength / maxItems. */
  mx?: number;
  /** minimum / maximum. */
  lo?: number;
  hi?: number;
  /** pattern (searched, as JSON Schema does, not anchored). */
  re?: string;
  /** format, where it decides a value: rfc3339, date, url, int64, … */
  fm?: string;
  /** The description's example value (scalars only). */
  ex?: Scalar;
  /** The field's name in Chinese, as WeChat Pay's messages quote it (总金额). */
  d?: string;
  /** APIv2: the text holds JSON of this schema (x-json). */
  js?: Ref;
  /** nullable */
  nl?: 1;
}

/** How an answer is sent: structured and signed, structured and unsigned (some APIv2), a statement (signed over its SHA-1), a text or a binary file (unsigned). */
export type AnswerKind = 'signed' | 'unsigned' | 'statement' | 'text' | 'bytes';

/** One operation: what a request must hold, and what the answer looks like. */
export interface Operation {
  /** Which protocol: 2 (XML, sign) or 3 (JSON, Authorization). */
  api: 2 | 3;
  /** The first product tag (基础支付, APIv2∙基础支付, …). */
  tag: string;
  /** Needs the merchant API certificate (mutual TLS). */
  cert?: 1;
  /** Path placeholders, as an object node (text values). */
  path?: Ref;
  /** Query parameters, as an object node (text values). */
  query?: Ref;
  /** The JSON body (APIv3) or the XML fields (APIv2). */
  body?: Ref;
  /** The body is required. */
  bodyRequired?: 1;
  /** multipart/form-data fields, as an object node; a file field has type `f`. */
  form?: Ref;
  /** The success status (200, 204, 202, 302). */
  status: number;
  /** The answer's schema, when it has one. */
  answer?: Ref;
  /** How the answer is sent. */
  kind: AnswerKind;
  /** A file answer's media types (the description's `produces`). */
  produces?: string[];
}
