import type { AxiosResponse } from 'axios';
import type { CallState } from '../pipeline/state';
import { headerOf } from '../pipeline/response';
import { WarningCode } from '../errors';

/**
 * What an observer learns about one call of a client (a hook for logs and metrics, the 交易保障
 * reporter): never a key, a signature, a header value or a body.
 */
export interface CallEvent {
  readonly method: string;
  /** The path as written in the chain, placeholders unfilled: `v3/pay/transactions/id/{transaction_id}`. */
  readonly template: string;
  /** The URL as sent, without its query: `https://api.mch.weixin.qq.com/v3/pay/transactions/id/4200…`. */
  readonly url: string;
  readonly pipeline: 'v2' | 'v3';
  /** When the call started, in ms since the epoch. */
  readonly startedAt: number;
  /** Milliseconds from the request going to the transport (after signing) to its answer, or to the failure. */
  readonly durationMs: number | undefined;
  /** The HTTP status of the answer, when one came. */
  readonly status: number | undefined;
  /** WeChat Pay's `Request-ID` of the answer, when one came. */
  readonly requestId: string | undefined;
}

/** Hooks on every call of a client, for logs and metrics; a hook that throws never changes the call. */
export interface CallHooks {
  /** Before the request is sent (after it was built and checked); once per sending, so twice for a call that failed over. */
  onRequest?: (event: CallEvent) => void;
  /** After a call resolved. */
  onResponse?: (event: CallEvent) => void;
  /** After a call rejected, with the `WechatpayError` it rejected with. */
  onError?: (event: CallEvent, error: unknown) => void;
}

export interface CallOutcome {
  readonly state: CallState;
  readonly response?: AxiosResponse;
  readonly error?: unknown;
}

export interface CallObserver {
  request?(event: CallEvent, state: CallState): void;
  finished?(event: CallEvent, outcome: CallOutcome): void;
}

export function eventOf(state: CallState, startedAt: number, answer?: AxiosResponse | unknown): CallEvent {
  const { route } = state;
  const url = state.url.split('?')[0] ?? state.url;
  const end = state.answeredAt ?? (state.sentAt === undefined ? undefined : Date.now());
  return {
    method: route.method,
    template: route.template,
    url,
    pipeline: route.pipeline,
    startedAt,
    durationMs: state.sentAt === undefined || end === undefined ? undefined : end - state.sentAt,
    ...answerFacts(answer),
  };
}

function answerFacts(answer: unknown): { status: number | undefined; requestId: string | undefined } {
  if (answer === null || typeof answer !== 'object') return { status: undefined, requestId: undefined };
  const { status, requestId, headers } = answer as { status?: unknown; requestId?: unknown; headers?: unknown };
  const id = typeof requestId === 'string' ? requestId : headers ? headerOf(answer as AxiosResponse, 'request-id') : undefined;
  return { status: typeof status === 'number' ? status : undefined, requestId: id };
}

export function hooksObserver(hooks: CallHooks): CallObserver {
  return {
    request: (event) => hooks.onRequest?.(event),
    finished: (event, outcome) => ('error' in outcome ? hooks.onError?.(event, outcome.error) : hooks.onResponse?.(event)),
  };
}

/** An observer that throws is reported as a process warning, never to the call. */
export function tellObservers(observers: readonly CallObserver[], notify: (observer: CallObserver) => void): void {
  for (const observer of observers) {
    try {
      notify(observer);
    } catch (error) {
      process.emitWarning(`a wechatpay-ts call hook threw; the call went on: ${error instanceof Error ? error.message : String(error)}`, {
        code: WarningCode.HOOK,
      });
    }
  }
}
