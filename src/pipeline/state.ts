import type { PlatformKey } from '../crypto/platform-key';
import type { Route } from '../chain/route';
import { copyFields } from '../util/object';
import type { Dictionary } from '../util/transformer';
import type { CallPlan } from './plan';

/** Keys chosen from the answer itself: how `Certificates.download` verifies the list it downloads, in one verification. */
export type KeysFromAnswer = (raw: Buffer, requestId: string | undefined, signer: string | undefined) => ReadonlyMap<string, PlatformKey>;

/**
 * One call's state, handed to every step: never a key or secret (those stay in the steps' closures),
 * and never in an axios config (`AxiosError#toJSON()` would show it).
 */
export class CallState {
  route!: Route;
  /** An APIv2 GET adds its signed query. */
  url!: string;
  headers!: Record<string, string>;
  body: string | Uint8Array | undefined;
  /** What the APIv3 signature covers when it is not the whole body (a multipart upload's `meta`). */
  signedBody: string | undefined;
  /** Scrubbed by value from any error: a server may echo them. */
  readonly sentSecrets: string[] = [];
  dictionary: Dictionary | undefined;
  sentAt: number | undefined;
  answeredAt: number | undefined;

  constructor(
    route: Route,
    readonly plan: CallPlan,
    /** Other calls of the client were in flight when this one started (APIv3 signs off the event loop then). */
    readonly concurrent: boolean,
    readonly keysFromAnswer?: KeysFromAnswer,
  ) {
    this.reroute(route);
  }

  reroute(route: Route): void {
    this.route = route;
    this.url = route.url;
    this.headers = copyFields(route.headers);
    this.body = route.body.kind === 'bytes' ? route.body.data : undefined;
    this.signedBody = route.body.kind === 'bytes' ? route.body.signed : undefined;
  }
}

/** The caller's choice of a header wins over the SDK's. */
export function hasHeader(headers: Readonly<Record<string, string>>, name: string): boolean {
  const lower = name.toLowerCase();
  return Object.keys(headers).some((key) => key.toLowerCase() === lower);
}
