import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { notifyRefusal } from './hosts';
import type { Resolved } from './options';
import type { Platform } from './platform';
import { ids, MAX_LIST, pushBounded, type SimState } from './state';
import type { NotificationAttempt } from './types';
import { answerXml, signAnswer } from './v2/xml';
import { signWechatpay } from './v3/reply';
import { AesGcm, BeijingTime, Transformer } from 'wechatpay-ts';

/** WeChat Pay waits about this long for the merchant's answer before counting an attempt failed. */
const ATTEMPT_TIMEOUT = 5000;
/** The most of the merchant's answer read: enough for any `<xml>` acknowledgement. */
const MAX_ANSWER = 64 * 1024;

/** One notification and how to send it again. */
interface Job {
  id: string;
  event_type: string;
  url: string;
  out_trade_no: string;
  /** Fresh headers per attempt (a new timestamp and signature), the same body. */
  build(): { body: Buffer; headers: Record<string, string> };
  /** Why the merchant's answer does not count as received, or undefined when it does. */
  refusal(status: number, text: string): string | undefined;
}

export interface V3Notice {
  url: string;
  out_trade_no: string;
  event_type: string;
  summary: string;
  /** `transaction` or `refund`: also the associated_data. */
  original_type: string;
  resource: Record<string, unknown>;
  /** The key id to sign under. */
  serial: string;
}

/** Sends notifications and retries them; `close()` cancels every retry still waiting. */
export interface Notifier {
  v3(notice: V3Notice): void;
  /** An APIv2 XML notification, signed with `signType`; undefined sends it unsigned (a refund result carries req_info instead). */
  v2(url: string, outTradeNo: string, fields: Record<string, string>, signType: string | undefined): void;
  close(): void;
}

function post(url: string, body: Buffer, headers: Record<string, string>, signal: AbortSignal): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      reject(new Error('notify_url is not a URL'));
      return;
    }
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(target, { method: 'POST', headers: { ...headers, 'Content-Length': String(body.length) }, signal, timeout: ATTEMPT_TIMEOUT }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_ANSWER) chunks.push(chunk);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${ATTEMPT_TIMEOUT} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

const accepted2xx = (status: number) => (status >= 200 && status < 300 ? undefined : `answered HTTP ${status}`);

/**
 * @example
 * const notifier = createNotifier(options, platform, state);
 * notifier.v3({ url, out_trade_no, event_type: 'TRANSACTION.SUCCESS', summary: '支付成功', original_type: 'transaction', resource, serial });
 */
export function createNotifier(options: Resolved, platform: Platform, state: SimState): Notifier {
  const timers = new Set<NodeJS.Timeout>();
  const inFlight = new Set<AbortController>();
  let closed = false;

  const attempt = (job: Job, n: number): void => {
    if (closed) return;
    const record = (status: number | undefined, error: string | undefined, refused = false) => {
      const entry: NotificationAttempt = {
        id: job.id,
        event_type: job.event_type,
        url: job.url,
        out_trade_no: job.out_trade_no,
        attempt: n,
        at: new Date(),
        delivered: error === undefined,
        ...(status === undefined ? {} : { status }),
        ...(error ? { error } : {}),
        ...(refused ? { refused } : {}),
      };
      pushBounded(state.notifications, entry, MAX_LIST);
      options.log(`notify ${job.event_type} ${job.out_trade_no} -> ${job.url} attempt ${n}: ${error ?? `delivered (HTTP ${status})`}`);
      return entry;
    };
    // Checked before anything is resolved or sent: a host that is not allowed is never even looked up.
    const refusal = notifyRefusal(job.url, options.notifyAllowHosts);
    if (refusal) {
      record(undefined, refusal, true);
      return;
    }
    const controller = new AbortController();
    inFlight.add(controller);
    const { body, headers } = job.build();
    // Both outcomes are handled in the first step, and the second cannot throw.
    void post(job.url, body, headers, controller.signal)
      .then(
        ({ status, text }) => record(status, job.refusal(status, text)),
        (error: unknown) => record(undefined, closed ? 'cancelled: the simulator closed' : (error as Error).message || 'network error'),
      )
      .then((entry) => {
        inFlight.delete(controller);
        const delay = options.notifyRetryDelays[n - 1];
        if (entry.delivered || closed || delay === undefined) return;
        // unref'd: a retry waiting for hours must not keep the process alive.
        const timer = setTimeout(() => {
          timers.delete(timer);
          attempt(job, n + 1);
        }, delay);
        timer.unref();
        timers.add(timer);
      });
  };

  return {
    v3(notice) {
      const nonce = ids.nonce(12);
      const envelope = {
        id: ids.event(),
        create_time: BeijingTime.rfc3339(new Date()),
        event_type: notice.event_type,
        resource_type: 'encrypt-resource',
        resource: {
          algorithm: 'AEAD_AES_256_GCM',
          ciphertext: AesGcm.encrypt(JSON.stringify(notice.resource), options.apiv3Key, nonce, notice.original_type),
          nonce,
          associated_data: notice.original_type,
          original_type: notice.original_type,
        },
        summary: notice.summary,
      };
      const body = Buffer.from(JSON.stringify(envelope), 'utf8');
      attempt(
        {
          id: envelope.id,
          event_type: notice.event_type,
          url: notice.url,
          out_trade_no: notice.out_trade_no,
          build: () => ({
            body,
            headers: {
              'Content-Type': 'application/json',
              'User-Agent': 'Mozilla/4.0',
              'Request-ID': ids.request(),
              'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048',
              ...signWechatpay(body, notice.serial, platform.privateKey),
            },
          }),
          refusal: accepted2xx,
        },
        1,
      );
    },

    v2(url, outTradeNo, fields, signType) {
      const body = Buffer.from(answerXml(signType === undefined ? fields : signAnswer(fields, options.secret, signType)), 'utf8');
      attempt(
        {
          id: ids.event(),
          event_type: 'v2',
          url,
          out_trade_no: outTradeNo,
          build: () => ({ body, headers: { 'Content-Type': 'text/xml; charset=utf-8', 'User-Agent': 'Mozilla/4.0' } }),
          // APIv2 counts a notification received only on <return_code>SUCCESS</return_code>.
          refusal: (status, text) => {
            const failed = accepted2xx(status);
            if (failed) return failed;
            try {
              const answer = Transformer.toArray(text);
              return answer.return_code === 'SUCCESS' ? undefined : `answered return_code ${JSON.stringify(answer.return_code ?? '')}, not SUCCESS`;
            } catch {
              return 'answered something other than <xml><return_code>SUCCESS</return_code></xml>';
            }
          },
        },
        1,
      );
    },

    close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const controller of inFlight) controller.abort();
      inFlight.clear();
    },
  };
}
