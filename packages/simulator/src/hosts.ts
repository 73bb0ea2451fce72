import { BlockList, isIP } from 'node:net';

/** Which hosts notifications may be POSTed to besides loopback: `startSimulator`'s `notifyAllowHosts`, checked. */
export interface NotifyHosts {
  /** `'*'` was given: any host. */
  any: boolean;
  /** Host names and IP addresses as the URL parser writes them (lower case, IPv6 without brackets). */
  hosts: ReadonlySet<string>;
}

// 127.0.0.0/8, ::1, and 127.0.0.0/8 written as IPv4-mapped IPv6 (::ffff:127.0.0.1).
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');
LOOPBACK.addSubnet('::ffff:127.0.0.0', 104, 'ipv6');

/** A URL's host as its parser normalises it: IPv4 in dots (`0x7f.1` is 127.0.0.1), IPv6 without brackets, lower case. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** 127.0.0.0/8, ::1 (also IPv4-mapped) or the name `localhost`. */
export function isLoopback(host: string): boolean {
  // The name `localhost` (RFC 6761), not `localhost.` or `x.localhost`, which a resolver may send to DNS.
  if (host === 'localhost') return true;
  const family = isIP(host);
  return family !== 0 && LOOPBACK.check(host, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * A host for `notifyAllowHosts` as notify_url hosts are compared (`Merchant.TEST` is `merchant.test`,
 * `[::1]` is `::1`), or undefined when it is not a bare host name or IP address.
 *
 * @example canonicalHost('[0:0:0:0:0:0:0:1]') // '::1'
 */
export function canonicalHost(text: string): string | undefined {
  const bare = text.replace(/^\[(.*)\]$/, '$1');
  const ipv6 = isIP(bare) === 6;
  if (!ipv6 && !/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(bare)) return undefined;
  try {
    return hostOf(new URL(`http://${ipv6 ? `[${bare}]` : bare}/`));
  } catch {
    return undefined;
  }
}

/**
 * Why a notification to `url` is not sent, or undefined when it may be: loopback hosts always,
 * others only when `notifyAllowHosts` names them. Decided from the URL alone, before any DNS
 * lookup or connection, so a refused host is never even resolved. A URL that does not parse is
 * left to the sender, which records it as such.
 *
 * @example notifyRefusal('https://example.com/notify', { any: false, hosts: new Set() }) // 'refused: "example.com" is not a loopback address; …'
 */
export function notifyRefusal(url: string, allowed: NotifyHosts): string | undefined {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return undefined;
  }
  const host = hostOf(target);
  if (allowed.any || isLoopback(host) || allowed.hosts.has(host)) return undefined;
  return `refused: ${JSON.stringify(host)} is not a loopback address; the simulator notifies only 127.0.0.0/8, ::1 and localhost unless startSimulator's \`notifyAllowHosts\` names the host. Nothing was sent, and it is not retried`;
}
