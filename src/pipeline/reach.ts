import { request as httpRequest, type ClientRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { TLSSocket } from 'node:tls';
import type { Socket } from 'node:net';

/** Whether a call's connection to the host was made: TCP, and the TLS handshake for https. */
export interface Reach {
  connected: boolean;
}

/** An axios `transport`: `http.request` / `https.request`, as axios itself would call them. */
export interface Transport {
  request(options: RequestOptions, callback: (response: IncomingMessage) => void): ClientRequest;
}

/**
 * The transport axios uses for a call without redirects (`http`/`https` as they are), noting in
 * `reach` when the connection is up: a socket reused from the keep-alive pool at once, a new one at
 * `connect` (`secureConnect` for TLS). A call that fails while `reach.connected` is still false
 * never had a byte of its request reach the host: DNS, refused, a connect timeout, a failed handshake.
 *
 * @example
 * const reach = { connected: false };
 * await axios.request({ url, transport: watchedTransport(reach) }).catch(() => reach.connected); // false: refused
 */
export function watchedTransport(reach: Reach): Transport {
  return {
    request(options, callback) {
      const send = String(options.protocol).startsWith('https') ? httpsRequest : httpRequest;
      const request = send(options, callback);
      request.once('socket', (socket: Socket) => {
        // A pooled socket is connected (and its handshake done) already.
        if (request.reusedSocket) reach.connected = true;
        else socket.once(socket instanceof TLSSocket ? 'secureConnect' : 'connect', () => (reach.connected = true));
      });
      return request;
    },
  };
}
