import type { AxiosRequestConfig, AxiosResponse } from 'axios';
import type { Endpoints, PathTree } from '../generated/endpoints';
import type { AXIOS_PASS_THROUGH_KEYS, QueryValue } from './route';
import type { Verb } from './verbs';
import type { Encrypt } from '../v3/sensitive';

/** The axios request config a call may carry (timeout, signal, responseType, proxy, agents, …). */
export type PassThroughConfig = Pick<AxiosRequestConfig, (typeof AXIOS_PASS_THROUGH_KEYS)[number] & keyof AxiosRequestConfig>;

/** Options every call takes, named as in the PHP SDK. */
export interface BaseOptions extends PassThroughConfig {
  /** Query string parameters; serialised by the SDK so the signature covers the exact URL sent. */
  query?: Record<string, QueryValue | readonly QueryValue[]>;
  /** Extra request headers. */
  headers?: Record<string, string | number | boolean>;
  /** A raw body sent as is (instead of `xml`/`json`). */
  body?: string | Buffer | Uint8Array;
  /** Send the merchant API client certificate (mutual TLS). Implied for endpoints that need it. */
  security?: boolean;
}

/** Options of an APIv2 (XML) call. */
export interface V2Options<Xml = Record<string, unknown>> extends BaseOptions {
  /** The APIv2 payload; `nonce_str` and `sign` are added by the SDK. */
  xml?: Xml;
  /** Do not add `nonce_str` (the few endpoints that refuse it). */
  nonceless?: boolean;
}

/** Options of an APIv3 (JSON) call. */
export interface V3Options<Json = unknown> extends BaseOptions {
  /**
   * The JSON body; or a function that builds it with `encrypt` for sensitive fields, in which case
   * the request names the platform key used in `Wechatpay-Serial`.
   */
  json?: Json | ((encrypt: Encrypt) => Json);
}

/** Placeholder values by name, for paths not described in `Endpoints`. */
export interface AnyPlaceholders {
  [placeholder: string]: unknown;
}

/**
 * What every call resolves to: the axios response with `data` parsed (the APIv2 dictionary or
 * the APIv3 JSON), plus the raw answer. PHP's `(string) $response->getBody()` is `response.body`.
 */
export interface WechatpayResponse<T = unknown> extends AxiosResponse<T> {
  /** The answer's bytes exactly as received (and as verified). */
  raw: Buffer;
  /** `raw` decoded as UTF-8: the text `Transformer.toArray` parses. */
  body: string;
}

/** How one verb of one endpoint is typed. */
export interface EndpointVerb<Options = unknown, Response = unknown> {
  options: Options;
  response: Response;
}

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
export type VerbFunction<P extends string, V extends Verb> = (
  options?: OptionsOf<SpecOf<P, V>>,
) => Promise<WechatpayResponse<ResponseOf<SpecOf<P, V>>>>;

export type NodeVerbs<P extends string> = { [V in Verb]: VerbFunction<P, V> } & {
  [V in Verb as `${V}Async`]: VerbFunction<P, V>;
};

/** `a` + `b/c` -> `a/b/c`; a leading `/` of the added part is dropped, as at run time. */
export type JoinPath<P extends string, S extends string> = S extends `/${infer Rest}`
  ? JoinPath<P, Rest>
  : P extends ''
    ? S
    : `${P}/${S}`;

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
