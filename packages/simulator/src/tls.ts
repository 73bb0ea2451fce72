import type { ServerOptions } from 'node:https';
import type { Resolved } from './options';
import type { Simulator } from './types';
import { createSelfSignedPair } from './x509';

/** How the https server is set up, and what the merchant is told to trust. */
export interface TlsSetup {
  server: ServerOptions;
  info: NonNullable<Simulator['tls']>;
}

const WILDCARD = new Set(['0.0.0.0', '::', '']);

/**
 * The https options for `tls`. The server always asks for a client certificate but, unless
 * `requireClientCertificate` is set, lets a client without one in: WeChat Pay demands the merchant
 * certificate on `/secapi/*` only, and those calls are refused there with a FAIL saying why. With
 * `tls: true` a CA and a server certificate for 127.0.0.1 (and `host`) are generated, and the CA
 * issues merchant client certificates through `info.issueClientCertificate`. Given PEM without `ca`:
 * client certificates are checked against Node's default roots, so a private one is refused.
 *
 * @example const setup = tlsSetup(resolved); https.createServer(setup.server, listener)
 */
export function tlsSetup(options: Resolved): TlsSetup | undefined {
  const { tls } = options;
  if (tls === undefined) return undefined;
  if (tls === true) {
    const hosts = [...new Set([WILDCARD.has(options.host) ? '127.0.0.1' : options.host, '127.0.0.1', 'localhost'])];
    const pki = createSelfSignedPair({ hosts });
    return {
      server: { key: pki.key, cert: pki.cert, ca: pki.ca, requestCert: true, rejectUnauthorized: false },
      info: { ca: pki.ca, issueClientCertificate: (commonName = options.mchid) => pki.issueClientCertificate(commonName) },
    };
  }
  const { key, cert, ca, requireClientCertificate = false } = tls;
  return {
    server: { key, cert, ...(ca === undefined ? {} : { ca }), requestCert: true, rejectUnauthorized: requireClientCertificate },
    info: { ca: String(ca ?? cert) },
  };
}
