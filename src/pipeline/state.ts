import type { PlatformKey } from '../crypto/platform-key';
import type { Route } from '../chain/route';
import type { Dictionary } from '../util/transformer';
import type { CallPlan } from './plan';

/**
 * The keys one call verifies its 2xx answer with, chosen from the answer itself: how
 * `Certificates.download` checks the certificates a `GET /v3/certificates` answer lists and picks
 * the keys that may vouch for it, in one verification. Given the raw body and the key the answer
 * names (`Wechatpay-Serial`), returns the keys to use, or throws a `VerificationError`.
 */
export type KeysFromAnswer = (raw: Buffer, requestId: string | undefined, signer: string | undefined) => ReadonlyMap<string, PlatformKey>;

/**
 * The state of one call, handed to every step of the pipeline as its argument: the finished
 * request the route built, and what the steps add to it (the body bytes, `Authorization`). It
 * holds the caller's payload and flags, never a key or secret: those stay in the steps' closures
 * (axios puts its config into `AxiosError#toJSON()`). It never rides in an axios config: each
 * call's adapter holds it (run.ts).
 */
export class CallState {
  /** The finished request, as the route built it (or built it again from what the user's interceptors left). */
  route!: Route;
  /** The URL sent: the route's, or (an APIv2 GET) the route's with its signed query. */
  url!: string;
  /** The headers sent: the route's, plus what the steps add (`Authorization`, `Wechatpay-Serial`). */
  headers!: Record<string, string>;
  /** The body bytes sent, once the steps have written them. */
  body: string | Uint8Array | undefined;
  /** What the APIv3 signature covers when it is not the whole body (a multipart upload's `meta`). */
  signedBody: string | undefined;
  /**
   * What this call sent that must never be shown (its `Authorization`, its signature, its `sign`):
   * filled by the signing steps, scrubbed by value from any error, since a server may echo them.
   */
  readonly sentSecrets: string[] = [];
  /** The APIv2 answer's dictionary, once its verification step has read it (for the parsing step). */
  dictionary: Dictionary | undefined;
  /** When the request went to the transport (after signing), and when its answer came back, in ms since the epoch. */
  sentAt: number | undefined;
  answeredAt: number | undefined;

  constructor(
    route: Route,
    /** The call's plan: deadline, limits, transport, where it goes. */
    readonly plan: CallPlan,
    /** Other calls of the client were in flight when this one started (APIv3 signs off the event loop then). */
    readonly concurrent: boolean,
    /** Keys from the answer itself, for the one call that may bring its own (see `KeysFromAnswer`). */
    readonly keysFromAnswer?: KeysFromAnswer,
  ) {
    this.reroute(route);
  }

  /** Take `route` instead (the user's request interceptors changed the payload or headers), before anything is signed. */
  reroute(route: Route): void {
    this.route = route;
    this.url = route.url;
    this.headers = { ...route.headers };
    this.body = route.body.kind === 'bytes' ? route.body.data : undefined;
    this.signedBody = route.body.kind === 'bytes' ? route.body.signed : undefined;
  }
}

/** Does the call already carry this header (any case)? The caller's choice wins over the SDK's. */
export function hasHeader(headers: Readonly<Record<string, string>>, name: string): boolean {
  const lower = name.toLowerCase();
  return Object.keys(headers).some((key) => key.toLowerCase() === lower);
}
