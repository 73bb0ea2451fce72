// Failure codes outside the error tree (a report's `err_code`, process warnings): one list for client/.

/**
 * The `err_code` of a failure that carries no code of its own (a WeChat code, a verification
 * reason or a system code come first).
 *
 * @example failureFields(new ParseError('…')).err_code === FailureCode.PARSE
 */
export const FailureCode = {
  /** A `TransportError` whose cause names no system code. */
  TRANSPORT: 'TRANSPORT_ERROR',
  /** A `ParseError`: the answer is not the XML or JSON it should be. */
  PARSE: 'PARSE_ERROR',
} as const;
export type FailureCode = (typeof FailureCode)[keyof typeof FailureCode];

/**
 * The `err_code` of an `ApiError` whose body named no WeChat code: its HTTP status.
 *
 * @example httpFailureCode(502) // 'HTTP_502'
 */
export function httpFailureCode(status: number): string {
  return `HTTP_${status}`;
}

/**
 * The codes a `TransportError`'s cause carries, in the plain words a report's `return_msg` gives
 * them: the system's (`ETIMEDOUT`, `ECONNRESET`, DNS), axios' abort, and the SDK's size limit.
 *
 * @example TRANSPORT_FAILURES.ETIMEDOUT // 'timed out: no complete answer within the deadline'
 */
export const TRANSPORT_FAILURES: Readonly<Record<string, string>> = {
  ETIMEDOUT: 'timed out: no complete answer within the deadline',
  ECONNRESET: 'the connection was reset',
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'the host name did not resolve (DNS)',
  EAI_AGAIN: 'the host name did not resolve (DNS, try again)',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  ERR_CANCELED: 'the caller aborted the call',
  ERR_ANSWER_TOO_LARGE: 'the answer was larger than maxContentLength',
};

/**
 * The `code` of each process warning the SDK emits, one per source: listen with
 * `process.on('warning', …)` and tell them apart by it.
 *
 * @example process.on('warning', (w) => { if ((w as { code?: string }).code === WarningCode.REPORT) log.warn(w.message); });
 */
export const WarningCode = {
  /** A call hook (`hooks.onRequest`, `onResponse`, `onError`) threw; the call went on. */
  HOOK: 'WECHATPAY_HOOK',
  /** A 交易保障 report was not sent, and no `report.onError` took it (or it threw). */
  REPORT: 'WECHATPAY_REPORT',
} as const;
export type WarningCode = (typeof WarningCode)[keyof typeof WarningCode];
