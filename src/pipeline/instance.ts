import axios, { type AxiosInstance, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';
import { ConfigurationError } from '../errors';
import { VERSION } from '../version';
import type { CallState } from './state';
import { readsWireHeaders, WIRE_HEADERS } from './undici-adapter';

/** A request step: reads and completes the call's state (body bytes, signature); may be async. */
export type RequestStep = (state: CallState) => CallState | Promise<CallState>;
/** A response step: checks or reads the answer, given the call's state; may be async. */
export type ResponseStep = (state: CallState, response: AxiosResponse) => AxiosResponse | Promise<AxiosResponse>;

/** A pipeline: its steps as plain arrays, in the order they run. */
export interface Pipeline {
  readonly request: readonly RequestStep[];
  readonly response: readonly ResponseStep[];
  /** Some request step may answer with a promise (APIv3 signing off the event loop). */
  readonly async: boolean;
}

/** `wechatpay-ts/<v> axios/<v> node/<v> (<platform>; <arch>)`: WeChat Pay asks for a User-Agent. */
export const USER_AGENT = `wechatpay-ts/${VERSION} axios/${axios.VERSION} node/${process.versions.node} (${process.platform}; ${process.arch})`;

/** Where a call's state rides in the axios config between the two interceptors: the one place it is read. */
const STATE = 'wechatpayCall';
type WithState = { [STATE]?: CallState };

function stateOf(config: InternalAxiosRequestConfig): CallState {
  const state = (config as InternalAxiosRequestConfig & WithState)[STATE];
  if (!state) throw new ConfigurationError('Internal: an SDK pipeline ran on a request that did not come through the chain');
  return state;
}

/** The axios config of a call whose finished request is `state`: axios sends it as it is. */
export function configOf(state: CallState, extra: Record<string, unknown>): Record<string, unknown> {
  return { ...extra, method: state.route.method, url: state.url, [STATE]: state };
}

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

/** What the request steps decided, written into the axios config: the URL, headers and body sent. */
function materialise(config: InternalAxiosRequestConfig, state: CallState): InternalAxiosRequestConfig {
  config.url = state.url;
  // The SDK's undici adapter takes the headers as they are; axios' own adapter reads config.headers.
  if (readsWireHeaders(config)) (config as unknown as Record<string, unknown>)[WIRE_HEADERS] = state.headers;
  else for (const [name, value] of Object.entries(state.headers)) config.headers.set(name, value);
  config.data = state.body;
  // From here on the request is the transport's: what the call's timings count from.
  state.sentAt = Date.now();
  return config;
}

/**
 * axios' global defaults that the SDK's calls never use, taken off an instance unless the client
 * set them: every call merges the instance's defaults into its config (headers level by level),
 * so each key left there is paid for on every call. The route builds the headers whole (Accept,
 * Content-Type, User-Agent, the client's and the caller's), so axios' per-method header tables go.
 */
const UNUSED_DEFAULTS = ['transitional', 'xsrfCookieName', 'xsrfHeaderName', 'env', 'headers'] as const;

function slim(instance: AxiosInstance, given: Record<string, unknown>): void {
  const defaults = instance.defaults as unknown as Record<string, unknown>;
  for (const key of UNUSED_DEFAULTS) if (given[key] === undefined) delete defaults[key];
}

/**
 * An axios instance for one pipeline, built once per client. The wire always carries bytes:
 * `transformRequest` and `transformResponse` are empty (the steps serialise, sign, verify and
 * parse), `responseType` is `arraybuffer` (verification needs the raw body) and every status is
 * handed to the response steps, which raise `ApiError` for non-2xx after checking the answer.
 *
 * One request interceptor runs `pipeline.request` in order (the last one signs the exact bytes
 * sent); one response interceptor runs `pipeline.response` in order (the first one sees the raw
 * body before anything parses it). Each step gets the call's state as its argument.
 */
export function createInstance(defaults: Record<string, unknown>, pipeline: Pipeline): AxiosInstance {
  const instance = axios.create({
    // WeChat Pay answers API calls directly, never with a redirect: a signed request is not
    // followed elsewhere (a 3xx becomes an ApiError), and axios skips follow-redirects' wrapping.
    maxRedirects: 0,
    ...defaults,
    transformRequest: [],
    transformResponse: [],
    responseType: 'arraybuffer',
    validateStatus: () => true,
    // The call's deadline (its `signal`) governs; axios' own timer only notices an idle socket.
    timeout: 0,
  });
  slim(instance, defaults);
  instance.interceptors.request.use(
    (config) => {
      const state = stateOf(config);
      const done = runRequest(pipeline.request, state);
      return done instanceof Promise ? done.then((finished) => materialise(config, finished)) : materialise(config, done);
    },
    undefined,
    // Synchronous interceptors run in one go; one that may answer with a promise makes axios chain them.
    { synchronous: !pipeline.async },
  );
  instance.interceptors.response.use((response) => {
    const state = stateOf(response.config);
    state.answeredAt = Date.now();
    return runResponse(pipeline.response, state, response);
  });
  return instance;
}
