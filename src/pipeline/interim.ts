import type { Socket } from 'node:net';

/**
 * Interim answers (1xx, RFC 9110 §15.2) skipped on an undici connection. "A client MUST be able to
 * parse one or more 1xx responses received prior to a final response, even if the client does not
 * expect one." undici 6 does so for 102 and 103, but takes an unasked `100 Continue` for a broken
 * server and destroys the socket (client-h1.js, onHeadersComplete: `statusCode === 100` → "bad
 * response"): the call fails as "socket hang up" although the real answer follows. So the SDK's
 * connections drop every interim answer (101 aside: an upgrade the SDK never asks for) from the
 * start of each answer before undici reads it.
 */

/** The head of a request as undici writes it: one latin1 string, starting with the request line. */
const REQUEST_LINE = /^[A-Z]+ \S+ HTTP\/1\.1\r\n/;
const STATUS_LINE_START = Buffer.from('HTTP/1.');
/** `HTTP/1.1 1xx`: enough to tell an interim answer from a final one. */
const STATUS_BYTES = 12;
const HEAD_END = Buffer.from('\r\n\r\n');
/** An interim answer longer than this is left to undici, which refuses heads over its own limit (16 KiB). */
const MAX_INTERIM_BYTES = 64 * 1024;

type Verdict = { kind: 'final' } | { kind: 'more' } | { kind: 'interim'; length: number };

/** What the bytes at the start of an answer are: a final answer, an interim one of `length` bytes, or too few to tell. */
function verdictOf(data: Buffer): Verdict {
  const prefix = Math.min(data.length, STATUS_LINE_START.length);
  if (data.compare(STATUS_LINE_START, 0, prefix, 0, prefix) !== 0) return { kind: 'final' };
  if (data.length < STATUS_BYTES) return { kind: 'more' };
  const status = data.toString('latin1', 9, STATUS_BYTES);
  if (!/^1\d\d$/.test(status) || status === '101') return { kind: 'final' };
  const end = data.indexOf(HEAD_END, STATUS_BYTES);
  if (end >= 0) return { kind: 'interim', length: end + HEAD_END.length };
  return data.length > MAX_INTERIM_BYTES ? { kind: 'final' } : { kind: 'more' };
}

/**
 * Make `socket` drop the interim answers that come before each final answer. It watches the
 * socket's writes for the start of a request (the SDK's dispatchers send one request at a time on
 * a connection) and, from there to the first final status line, holds back or drops what it reads.
 *
 * @example connect(options, (error, socket) => callback(error, socket && skipInterimAnswers(socket)));
 */
export function skipInterimAnswers<S extends Socket>(socket: S): S {
  // Between a request's head and the first byte of its final answer.
  let awaiting = false;
  let held: Buffer | undefined;
  const write = socket.write;
  const push = socket.push;
  socket.write = function (this: S, chunk: unknown, ...rest: unknown[]) {
    if (typeof chunk === 'string' && REQUEST_LINE.test(chunk)) awaiting = true;
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as S['write'];
  socket.push = function (this: S, chunk: unknown, encoding?: BufferEncoding) {
    if (!awaiting || !Buffer.isBuffer(chunk)) {
      if (held) {
        push.call(this, held);
        held = undefined;
      }
      return push.call(this, chunk, encoding);
    }
    let data = held ? Buffer.concat([held, chunk]) : chunk;
    held = undefined;
    for (let verdict = verdictOf(data); ; verdict = verdictOf(data)) {
      if (verdict.kind === 'more') {
        held = data;
        return true;
      }
      if (verdict.kind === 'final') break;
      data = data.subarray(verdict.length);
      if (data.length === 0) return true;
    }
    awaiting = false;
    return push.call(this, data);
  };
  return socket;
}
