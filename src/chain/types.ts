import type { AsyncNames, Endpoints, PathTree } from 'wechatpay-ts/endpoints';
import type { AnyPlaceholders, EndpointVerb, V2Options, V3Options, WechatpayResponse } from '../types';
import type { Verb } from './verbs';

type IsV2<P extends string> = P extends `v2/${string}` ? true : false;
type GenericOptions<P extends string> = (IsV2<P> extends true ? V2Options : V3Options) & AnyPlaceholders;
type GenericResponse<P extends string> = IsV2<P> extends true ? Record<string, unknown> : any;
type GenericSpec<P extends string> = EndpointVerb<GenericOptions<P>, GenericResponse<P>>;

type SpecOf<P extends string, V extends Verb> = P extends keyof Endpoints ? (V extends keyof Endpoints[P] ? Endpoints[P][V] : GenericSpec<P>) : GenericSpec<P>;

type OptionsOf<S> = S extends EndpointVerb<infer O, unknown> ? O : never;
type ResponseOf<S> = S extends EndpointVerb<unknown, infer R> ? R : never;

/** No member at all: options that require nothing accept it. */
type NoOptions = Record<never, never>;

/** A call of one verb; the options may be left out only when nothing in them is required. */
type Call<S> =
  NoOptions extends OptionsOf<S>
    ? (options?: OptionsOf<S>) => Promise<WechatpayResponse<ResponseOf<S>>>
    : (options: OptionsOf<S>) => Promise<WechatpayResponse<ResponseOf<S>>>;

/** A verb function: resolves to the parsed answer, rejects with a `WechatpayError`. */
export type VerbFunction<P extends string, V extends Verb> = Call<SpecOf<P, V>>;

/** Every verb, each also as `<verb>Async`, with the generic types: the verbs of a path the description does not know. */
export type NodeVerbs<P extends string> = { [V in Verb]: VerbFunction<P, V> } & {
  [V in Verb as `${V}Async`]: VerbFunction<P, V>;
};

/** `T[K]` or `Else`; generic in `T` so the checker never spells out the thousand keys of `PathTree`. */
type At<T, K, Else = NoOptions> = K extends keyof T ? T[K] : Else;

/** Mapped from the `Endpoints` entry itself, so an editor shows each verb's doc comment. */
type DescribedVerbs<E, Async> = { readonly [V in keyof E]: Call<E[V]> } & (Async extends object
  ? { readonly [A in keyof Async]: Call<At<E, Async[A], undefined>> }
  : { readonly [V in keyof E as `${V & Verb}Async`]: Call<E[V]> });

/** `a` + `b/c` -> `a/b/c`; a leading `/` of the added part is dropped, as at run time. */
export type JoinPath<P extends string, S extends string> = S extends `/${infer Rest}` ? JoinPath<P, Rest> : P extends '' ? S : `${P}/${S}`;

interface ChainMethod<P extends string> {
  /**
   * Append a path, taken verbatim: `wx.chain('v2/secapi/mch/addInstitutionsub')`. A path the
   * description does not know gets a node that takes any segment and verb, with generic types;
   * `chain<string>('…')` gives such a node for any path.
   */
  chain<S extends string>(path: S): Node<JoinPath<P, S>>;
}

type PlaceholderKey<T> = { [K in keyof T]: K extends `_${string}_` ? K : never }[keyof T];

/** What to write for a placeholder, `_out_trade_no_` -> `write ._out_trade_no_ and give { out_trade_no: '…' } in the options`. */
export type PlaceholderHint<Placeholder> = Placeholder extends `_${infer Name}_` ? `write .${Placeholder} and give { ${Name}: '…' } in the options` : never;

type Children<T> = { readonly [K in keyof T]: Node<T[K] & string> };

/** A described node has nothing but its verbs and children: a misspelled segment is an error. */
type DescribedNode<P extends string> = ChainMethod<P> & DescribedVerbs<At<Endpoints, P>, At<AsyncNames, P, undefined>> & Children<At<PathTree, P>>;

declare const hint: unique symbol;

/**
 * Named so that a value written as a segment (`outTradeNo.N123123`) gets an error that shows the
 * placeholder form; `Hint` is only in the name.
 */
export type FillPlaceholder<Hint extends string, P extends string> = DescribedNode<P> & { readonly [hint]?: Hint };

type KnownNode<P extends string, Placeholder = PlaceholderKey<At<PathTree, P>>> = [Placeholder] extends [never]
  ? DescribedNode<P>
  : FillPlaceholder<PlaceholderHint<Placeholder>, P>;

/** An interface, so that the type refers to itself lazily. */
interface OpenChildren {
  readonly [segment: string]: OpenNode<string>;
}

type OpenNode<P extends string> = NodeVerbs<P> & ChainMethod<P> & OpenChildren;

/**
 * A node of the chain at path `P`. For a path the description knows: `chain()`, the verbs the
 * description lists (typed) and the known children (generated from the API description, under
 * their kebab-case and camelCase names; never a verb's name or `chain`, which read the verb).
 * For any other path (reached with `chain()`): every verb and any segment, with generic types.
 */
export type Node<P extends string = string> = IsDescribed<P> extends true ? KnownNode<P> : OpenNode<P>;

type IsDescribed<P extends string> = P extends keyof PathTree ? true : P extends keyof Endpoints ? true : false;

/** The client: the root node, where a bracket key may also be a whole described path. */
export type Client = Node<''> & { readonly [P in keyof Endpoints]: Node<P> };
