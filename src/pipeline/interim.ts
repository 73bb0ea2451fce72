import type { Socket } from 'node:net';

// Interim answers (1xx) dropped before undici reads them: undici 6 takes an unasked `100 Continue`
// for a broken server and fails the call, though RFC 9110 §15.2 says a client MUST parse them.

/** The head of a request as undici writes it: one latin1 string, starting with the request line. */
const REQUEST_LINE = /^[A-Z]+ \S+ HTTP\/1\.1\r\n/;
const STATUS_LINE_START = Buffer.from('HTTP/1.');
const STATUS_BYTES = 12;
const HEAD_END = Buffer.from('\r\n\r\n');
/** An interim answer longer than this is left to undici, which refuses heads over its own limit (16 KiB). */
const MAX_INTERIM_BYTES = 64 * 1024;

type Verdict = { kind: 'final' } | { kind: 'more' } | { kind: 'interim'; length: number };

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
 * `socket`, dropping what it reads between a request's start and the first final status line.
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
