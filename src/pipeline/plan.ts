import { AXIOS_ADAPTER_KEYS } from '../chain/options';
import type { Route } from '../chain/route';
import { ConfigurationError, TransportError } from '../errors';
import { MAX_ANSWER_BYTES, MAX_V2_BILL_BYTES, sameOriginRedirects } from './limits';

export interface PlanDefaults {
  readonly timeout: number;
  readonly maxContentLength: number | undefined;
  readonly maxRedirects: number;
  readonly signal: AbortSignal | undefined;
  /** The client sends on undici (else on axios' adapter throughout: an agent or an adapter of its own). */
  readonly undici: boolean;
  readonly merchantCertificate: boolean;
}

export interface Target {
  readonly origin: string;
  /** With the port when not the scheme's. */
  readonly host: string;
}

/** One call's plan, worked out once and handed to each step: nothing is read back from the axios config. */
export interface CallPlan {
  readonly timeout: number;
  readonly signal: AbortSignal | undefined;
  /** The most bytes its answer may have, after decompression (-1: no limit). */
  readonly maxContentLength: number;
  /** 0: no redirect is followed; more: same-origin ones only (`redirectGuard`). */
  readonly maxRedirects: number;
  readonly redirectGuard: ((...args: never[]) => void) | undefined;
  /** undici, or axios' adapter (a call or client given an agent, an adapter, a proxy or redirects). */
  readonly transport: 'undici' | 'axios';
  readonly mutualTls: boolean;
  readonly target: Target;
  readonly template: string;
  /** The call's axios options as they go to axios: its own, with the limits written in. */
  readonly axios: Readonly<Record<string, unknown>>;
}

const ORIGIN = /^(https?:\/\/([^/?#]+))/i;

export function targetOf(url: string): Target {
  const match = ORIGIN.exec(url);
  if (!match) throw new ConfigurationError(`Internal: ${url} is not an absolute http(s) URL`);
  return { origin: match[1]!, host: match[2]! };
}

function refuseRedirect(route: Route): (to: string) => Error {
  return (to) => new TransportError(`${route.method} ${route.path} was redirected to ${to}: a signed request is never re-sent to another host`, undefined);
}

function viaUndici(given: Readonly<Record<string, unknown>>, defaults: PlanDefaults, maxRedirects: number): boolean {
  return defaults.undici && maxRedirects === 0 && given.proxy === undefined && !AXIOS_ADAPTER_KEYS.some((key) => given[key] !== undefined);
}

/** The default size limit of an answer: the APIv2 bill endpoints answer the bill itself. */
function answerLimitOf(route: Route): number {
  return route.pipeline === 'v2' && route.answerKind.file ? MAX_V2_BILL_BYTES : MAX_ANSWER_BYTES;
}

function refuseMutualTls(route: Route): never {
  const why = route.options.security ? 'was called with `security: true`' : 'needs the merchant API certificate (mutual TLS)';
  throw new ConfigurationError(
    `${route.template} ${why}, but no \`merchant\` certificate is configured: pass merchant: { cert, key } or { pfx, passphrase } to Builder.factory`,
  );
}

/**
 * The plan of one call. Pure; a call that needs a merchant certificate the client lacks is refused here.
 *
 * @example planCall(route, { timeout: 30_000, maxContentLength: undefined, maxRedirects: 0, signal: undefined, undici: true, merchantCertificate: false }).transport // 'undici'
 */
export function planCall(route: Route, defaults: PlanDefaults): CallPlan {
  const { maxContentLength, maxRedirects: asked, beforeRedirect, timeout, signal, responseType: _as, baseURL: _base, ...rest } = route.axios;
  const maxRedirects = (asked as number | undefined) ?? defaults.maxRedirects;
  const limit = (maxContentLength as number | undefined) ?? defaults.maxContentLength ?? answerLimitOf(route);
  // An `httpsAgent` given with the call itself wins: the caller configured TLS by hand.
  if (route.mutualTls && rest.httpsAgent === undefined && !defaults.merchantCertificate) refuseMutualTls(route);
  const redirectGuard =
    maxRedirects > 0 ? sameOriginRedirects(route.url, refuseRedirect(route), beforeRedirect as ((...args: unknown[]) => void) | undefined) : undefined;
  return {
    timeout: (timeout as number | undefined) ?? defaults.timeout,
    signal: (signal as AbortSignal | undefined) ?? defaults.signal,
    maxContentLength: limit,
    maxRedirects,
    redirectGuard,
    transport: viaUndici(route.axios, defaults, maxRedirects) ? 'undici' : 'axios',
    mutualTls: route.mutualTls,
    target: targetOf(route.url),
    template: route.template,
    // Only what differs from the instance's defaults: axios merges every key of a call's config.
    // Object.assign, not a spread: see util/object's copyFields.
    axios: Object.assign(
      {},
      rest,
      { maxContentLength: limit },
      maxRedirects > 0 ? { maxRedirects, beforeRedirect: redirectGuard } : undefined,
      route.dataAs === 'stream' ? { responseType: 'stream' } : undefined,
    ),
  };
}
