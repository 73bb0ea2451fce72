import { isVerificationError } from '../errors';
import { Transformer } from '../util/transformer';

/** What to send back to WeChat Pay: write `status`, `headers` and `body` as they are. */
export interface NotificationAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Status for a message we refuse (forged, stale, unreadable) vs. one we failed to handle. */
const REFUSED = 401;
const FAILED = 500;

function failureOf(failure: unknown): { status: number; message: string } {
  if (typeof failure === 'string') return { status: FAILED, message: failure || 'FAIL' };
  // Only the reason goes back over the wire: other errors may hold internals WeChat need not see.
  if (isVerificationError(failure)) return { status: REFUSED, message: `verification failed (${failure.reason})` };
  return { status: FAILED, message: 'internal error' };
}

/**
 * The merchant's answer to an APIv3 notification. No argument: `204` with no body (received).
 * With a failure (the error `verifyNotification` threw, your own error, or a message string):
 * `401` for a message that failed verification, else `500`, with `{"code":"FAIL","message":"…"}`.
 * Answer non-2xx whenever verification fails or you could not handle the notification: WeChat
 * then retries (about 15 times over 24 h); a 2xx tells it to stop.
 *
 * @example
 * const { status, headers, body } = notificationAnswer(error);
 * res.writeHead(status, headers).end(body);
 */
export function notificationAnswer(failure?: unknown): NotificationAnswer {
  if (failure === undefined) return { status: 204, headers: {}, body: '' };
  const { status, message } = failureOf(failure);
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify({ code: 'FAIL', message }) };
}

/**
 * The merchant's answer to an APIv2 notification: `<xml>` with `return_code` SUCCESS and
 * `return_msg` OK; with a failure, FAIL and a short reason under status 401/500 (WeChat treats
 * both a FAIL and a non-2xx answer as "not received" and retries).
 *
 * @example
 * const { status, headers, body } = v2NotificationAnswer();
 * // body: '<xml><return_code>SUCCESS</return_code><return_msg>OK</return_msg></xml>'
 */
export function v2NotificationAnswer(failure?: unknown): NotificationAnswer {
  const headers = { 'Content-Type': 'text/xml; charset=utf-8' };
  const xml = (code: string, message: string) => Transformer.toXml({ return_code: code, return_msg: message });
  if (failure === undefined) return { status: 200, headers, body: xml('SUCCESS', 'OK') };
  const { status, message } = failureOf(failure);
  return { status, headers, body: xml('FAIL', message) };
}
