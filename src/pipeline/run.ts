import { AxiosHeaders, type AxiosAdapter, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';
import type { Route } from '../chain/route';
import { InvalidRequestError } from '../errors';
import type { Pipeline, RequestStep, ResponseStep } from './instance';
import type { CallState } from './state';
import type { Carrier } from './transport';

/** Run the request steps in order, staying synchronous as long as every step does. */
function runRequest(steps: readonly RequestStep[], state: CallState, from = 0): CallState | Promise<CallState> {
  let current = state;
  for (let index = from; index < steps.length; index += 1) {
    const next = steps[index]!(current);
    if (next instanceof Promise) return next.then((resolved) => runRequest(steps, resolved, index + 1));
    current = next;
  }
  return current;
}

/** Run the response steps in order over the answer, staying synchronous as long as every step does. */
function runResponse(steps: readonly ResponseStep[], state: CallState, response: AxiosResponse, from = 0): AxiosResponse | Promise<AxiosResponse> {
  let current = response;
  for (let index = from; index < steps.length; index += 1) {
    const next = steps[index]!(state, current);
    if (next instanceof Promise) return next.then((resolved) => runResponse(steps, state, resolved, index + 1));
    current = next;
  }
  return current;
}

/** What the user's request interceptors see: the payload as given, `query` as `params`, headers before signing. */
export function exposedOf(route: Route): Record<string, unknown> {
  const { json, xml, body, query } = route.options;
  return { data: json ?? xml ?? body, params: query, headers: { ...route.headers } };
}

export type Reroute = (changes: Record<string, unknown>) => Route;

function payloadKey(route: Route): 'json' | 'xml' | 'body' {
  const { options } = route;
  if (options.body !== undefined) return 'body';
  if (options.json !== undefined) return 'json';
  return route.pipeline === 'v2' ? 'xml' : 'json';
}

/** The route as the user's interceptors left it: what they changed is what is signed and sent. */
function rerouted(state: CallState, config: InternalAxiosRequestConfig, reroute: Reroute): Route {
  const { route } = state;
  if (config.url !== route.url || config.method !== route.method.toLowerCase()) {
    throw new InvalidRequestError(
      `A request interceptor changed the call's ${config.url !== route.url ? 'url' : 'method'}: they come from the chain (change \`data\`, \`params\` or \`headers\`)`,
    );
  }
  const headers = AxiosHeaders.from(config.headers).toJSON(true) as Record<string, string>;
  const changes: Record<string, unknown> = { query: config.params ?? undefined, headers };
  if (config.data !== undefined || payloadKey(route) in route.options) changes[payloadKey(route)] = config.data;
  return reroute(changes);
}

/**
 * One call's adapter: the SDK's steps run after the user's request interceptors (signing sees what
 * they left) and before their response interceptors (those see the verified answer).
 *
 * @example instance.request({ method, url, signal, adapter: runCall(state, v3Pipeline(credentials), transport.carrier(plan, failure, false)) })
 */
export function runCall(state: CallState, pipeline: Pipeline, carrier: Carrier, reroute?: Reroute): AxiosAdapter {
  return async (config) => {
    if (reroute) state.reroute(rerouted(state, config, reroute));
    const requested = runRequest(pipeline.request, state);
    // A step's promise only when one is async (APIv3 signing off the loop, a remote signer): a tick less a call otherwise.
    const signed = requested instanceof Promise ? await requested : requested;
    // From here on the request is the transport's: what the call's timings count from.
    signed.sentAt = Date.now();
    const response = await carrier(config, signed);
    signed.answeredAt = Date.now();
    response.config = config;
    const answered = runResponse(pipeline.response, signed, response);
    return answered instanceof Promise ? await answered : answered;
  };
}
