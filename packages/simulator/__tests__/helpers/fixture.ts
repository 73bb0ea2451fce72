import { Builder, isApiError, verifyNotification, type Client, type Notification } from 'wechatpay-ts';
import type { NotificationAttempt, Simulator, SimulatorOptions } from '../../src';
import { startServer, type Answer, type TestServer } from '../../../../__tests__/helpers/http';
import { APIV3_KEY, clientFor, MCHID, SECRET, startSim, tlsOptions, v2TlsClient, waitFor } from './sim';

/** What `useSimulator` starts for a test file. */
export interface SimFixture {
  sim: Simulator;
  /** An APIv3 client, in public-key mode (over TLS, as `tlsOptions` says, when the simulator was started with `tls: true`). */
  wx: Client;
  /** An APIv2 client: the `secret` alone, or also the simulator's CA and a client certificate when it was started with `tls: true`. */
  v2: Client;
  /** The merchant's notify endpoint, a real server on 127.0.0.1. */
  receiver: TestServer;
}

export interface FixtureOptions {
  /** The simulator's options besides the merchant's (see `startSim`); a function is given the receiver's URL. */
  sim?: Partial<SimulatorOptions> | ((receiverUrl: string) => Partial<SimulatorOptions>);
  /** Statuses the receiver answers with, in turn; 204 once they run out. */
  answers?: number[];
  /** How the receiver answers instead (an APIv2 notification answer, say). */
  answer?: () => Answer;
}

/**
 * Before the file's tests: a notification receiver, a simulator (retries 50 ms apart unless the
 * options say otherwise) and SDK clients for both APIs, handed to `take`; after them, all closed.
 * A file's own `beforeAll` registered after this one runs once they are up.
 *
 * @example
 * let sim: Simulator;
 * let wx: Client;
 * useSimulator({ sim: { subMchids: [SUB_MCHID] } }, (f) => ({ sim, wx } = f));
 */
export function useSimulator(options: FixtureOptions, take: (fixture: SimFixture) => void): void {
  let fixture: SimFixture | undefined;
  let receiver: TestServer | undefined;
  beforeAll(async () => {
    const answers = options.answers ?? [];
    receiver = await startServer(options.answer ?? ((): Answer => ({ status: answers.shift() ?? 204 })));
    const extra = typeof options.sim === 'function' ? options.sim(receiver.url) : (options.sim ?? {});
    const sim = await startSim(extra);
    const v2 = extra.tls ? v2TlsClient(sim) : Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: sim.url });
    fixture = { sim, wx: clientFor(sim, extra.tls ? tlsOptions(sim) : {}), v2, receiver };
    take(fixture);
  });
  afterAll(async () => {
    await fixture?.sim.close();
    await receiver?.close();
  });
}

/**
 * The attempts the simulator recorded for the notification `matching`, once it has recorded one
 * delivered: the receiver sees the last attempt before the simulator has read its answer, so a
 * test that waited on the receiver alone could read the attempts one short.
 *
 * @example expect((await deliveredAttempts(sim, (n) => n.out_trade_no === no)).map((n) => n.delivered)).toEqual([false, true]);
 */
export async function deliveredAttempts(sim: Simulator, matching: (attempt: NotificationAttempt) => boolean): Promise<NotificationAttempt[]> {
  await waitFor(() => sim.notifications.some((attempt) => matching(attempt) && attempt.delivered));
  return sim.notifications.filter(matching);
}

/**
 * The APIv3 notifications `receiver` got, each verified and decrypted by the SDK (`wx`'s platform
 * keys), whose resource's `field` is `value`.
 *
 * @example const [notice] = verifiedNotices(receiver, wx, 'out_trade_no', no);
 */
export function verifiedNotices<T extends Record<string, unknown> = Record<string, unknown>>(
  receiver: TestServer,
  wx: Client,
  field: string,
  value: string,
): Array<Notification<T>> {
  return receiver.received
    .map((r) => verifyNotification<T>({ body: r.body, headers: r.headers, certs: wx, apiv3Key: APIV3_KEY }))
    .filter((notice) => notice.resource[field] === value);
}

/** What `promise` rejected with, or undefined if it fulfilled. */
export const errorOf = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

/** An `ApiError` as `[status, code]`; anything else as it is. */
export const codeOf = (error: unknown): unknown => (isApiError(error) ? [error.status, (error.body as { code: string }).code] : error);
