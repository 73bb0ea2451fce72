import type { Incoming } from '../http';

/** An APIv3 request whose Authorization has been verified, its body parsed when it has one. */
export interface V3Request {
  incoming: Incoming;
  /** The parsed JSON body; undefined when there is none. */
  json: unknown;
}
