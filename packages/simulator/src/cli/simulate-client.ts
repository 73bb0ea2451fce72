import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { resolve } from 'node:path';
import { isRecord } from '../sdk/internal';
import { describe, describePath, fsReason, parseJson, UsageError } from './support';

/** How long a control call may take before the command gives up: the simulator answers at once. */
export const CONTROL_CALL_TIMEOUT_MS = 10_000;
/** The most of a control answer read (a page of 1000 notification attempts fits). */
export const CONTROL_MAX_ANSWER = 4 * 1024 * 1024;

/** Where a running `wechatpay simulate` takes control calls: the config's `"simulator"` key. */
export interface ControlTarget {
  /** `http://127.0.0.1:<port>/` */
  control: string;
  token: string;
}

/**
 * The control interface named by the config `wechatpay simulate --write-config` wrote.
 *
 * @example controlTarget('sim.json', process.cwd()) // { control: 'http://127.0.0.1:51234/', token: '…' }
 */
export function controlTarget(file: string | undefined, cwd: string): ControlTarget {
  if (file === undefined) throw new UsageError('no -c: give the config `wechatpay simulate --write-config FILE` wrote');
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`-c: cannot read ${describePath(path)} (${fsReason(error)})`);
  }
  const parsed = parseJson(text, `the config file ${describePath(path)}`);
  const simulator = isRecord(parsed) ? parsed.simulator : undefined;
  if (!isRecord(simulator) || typeof simulator.control !== 'string' || typeof simulator.token !== 'string')
    throw new UsageError(
      `${describePath(path)} has no "simulator": { "control", "token" }, got ${describe(simulator)}; it is written by \`wechatpay simulate --write-config FILE\` (without --no-control)`,
    );
  return { control: simulator.control, token: simulator.token };
}

/** The control interface's refusal: `{ code, message }` with its HTTP status. */
export class ControlError extends Error {
  override name = 'ControlError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function answerOf(status: number, text: string): unknown {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ControlError(status, 'BAD_ANSWER', `the control interface answered HTTP ${status} with something other than JSON`);
  }
  if (status >= 200 && status < 300) return json;
  const { code, message } = isRecord(json) ? json : {};
  const error = new ControlError(status, String(code ?? 'ERROR'), `the simulator refused: ${String(message ?? `HTTP ${status}`)} (HTTP ${status})`);
  // A bad field is the command line's fault (exit 2); a missing order or a refused token is the operation failing (exit 1).
  throw status === 400 ? new UsageError(error.message, { cause: error }) : error;
}

/**
 * One control call: `method path` with a JSON body, `Authorization: Bearer <token>`, the JSON answer.
 *
 * @example await controlCall(target, 'POST', 'orders/T1/pay') // the paid order
 */
export function controlCall(target: ControlTarget, method: string, path: string, body?: Record<string, unknown>): Promise<unknown> {
  const url = new URL(path, target.control);
  const bytes = body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(body), 'utf8');
  const headers = { Authorization: `Bearer ${target.token}`, 'Content-Type': 'application/json', 'Content-Length': String(bytes.length) };
  const unanswered = (why: string) => new Error(`the simulator's control interface ${target.control} did not answer: ${why}`);
  return new Promise((done, fail) => {
    const req = request(url, { method, headers, timeout: CONTROL_CALL_TIMEOUT_MS }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        // Bounded: a larger answer is not the simulator's, and is never held whole.
        if (size > CONTROL_MAX_ANSWER) res.destroy(new Error(`the answer is over ${CONTROL_MAX_ANSWER} bytes`));
        else chunks.push(chunk);
      });
      res.on('end', () => {
        try {
          done(answerOf(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8')));
        } catch (error) {
          fail(error);
        }
      });
      res.on('error', (error: Error) => {
        req.destroy();
        fail(unanswered(error.message));
      });
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${CONTROL_CALL_TIMEOUT_MS} ms`)));
    req.on('error', (error: NodeJS.ErrnoException) => {
      fail(unanswered(error.code === 'ECONNREFUSED' ? 'nothing listens there: is `wechatpay simulate` still running?' : error.message));
    });
    req.end(bytes);
  });
}
