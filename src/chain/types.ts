import type { Endpoints, PathTree } from 'wechatpay-ts/endpoints';
import type { AnyPlaceholders, EndpointVerb, V2Options, V3Options, WechatpayResponse } from '../types';
import type { Verb } from './verbs';

type IsV2<P extends string> = P extends `v2/${string}` ? true : false;
type GenericOptions<P extends string> = (IsV2<P> extends true ? V2Options : V3Options) & AnyPlaceholders;
type GenericResponse<P extends string> = IsV2<P> extends true ? Record<string, unknown> : any;

type SpecOf<P extends string, V extends Verb> = P extends keyof Endpoints
  ? V extends keyof Endpoints[P]
    ? Endpoints[P][V]
    : EndpointVerb<GenericOptions<P>, GenericResponse<P>>
  : EndpointVerb<GenericOptions<P>, GenericResponse<P>>;

type OptionsOf<S> = S extends EndpointVerb<infer O, unknown> ? O : never;
type ResponseOf<S> = S extends EndpointVerb<unknown, infer R> ? R : never;

/** A verb function: resolves to the parsed answer, rejects with a `WechatpayError`. */
export type VerbFunction<P extends string, V extends Verb> = (options?: OptionsOf<SpecOf<P, V>>) => Promise<WechatpayResponse<ResponseOf<SpecOf<P, V>>>>;

export type NodeVerbs<P extends string> = { [V in Verb]: VerbFunction<P, V> } & {
  [V in Verb as `${V}Async`]: VerbFunction<P, V>;
};

/** `a` + `b/c` -> `a/b/c`; a leading `/` of the added part is dropped, as at run time. */
export type JoinPath<P extends string, S extends string> = S extends `/${infer Rest}` ? JoinPath<P, Rest> : P extends '' ? S : `${P}/${S}`;

/**
 * A node of the chain at path `P`: the verbs, `chain()`, the known children of `P` (generated
 * from the API description, under both their kebab-case and camelCase names) and, for anything
 * else, a generic child.
 */
export type Node<P extends string = string> = NodeVerbs<P> & {
  /** Append a path, taken verbatim: `wx.chain('v2/secapi/mch/addInstitutionsub')`. */
  chain<S extends string>(path: S): Node<JoinPath<P, S>>;
} & (P extends keyof PathTree ? { readonly [K in keyof PathTree[P]]: Node<PathTree[P][K] & string> } : unknown) & {
    readonly [segment: string]: Node<string>;
  };

/** The client: the root node, where a bracket key may also be a whole known path. */
export type Client = Node<''> & { readonly [P in keyof Endpoints]: Node<P> };
