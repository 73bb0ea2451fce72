import { InvalidRequestError } from '../../errors';
import { serializeQuery } from '../../chain/query';

/** The one path a bill's `download_url` may name: the only bill download answered unsigned. */
export const BILL_DOWNLOAD_PATH = '/v3/billdownload/file';
/** WeChat Pay's own API hosts (the primary and its documented backup): downloads may go there. */
export const API_HOSTS = ['api.mch.weixin.qq.com', 'api2.mch.weixin.qq.com'] as const;

export interface DownloadTarget {
  baseURL: string;
  query: Record<string, string | string[]>;
}

const invalid = (message: string) => new InvalidRequestError(`download_url ${message}`);

/** Split on the raw text, before any URL parser normalises it. */
const PARTS = /^([a-z][a-z\d+.-]*):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?(#.*)?$/i;

// Plain http would carry a signed request in the clear: only for a stand-in server on this machine.
const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * A `download_url` as a chain call's `baseURL` and `query`, refused unless the chain would send the
 * query byte for byte (the signature covers it) and the host is one of `hosts` (an answer must not
 * send a signed request elsewhere).
 *
 * @example
 * downloadTarget('https://api.mch.weixin.qq.com/v3/billdownload/file?token=6XIv5TUP&tartype=gzip')
 * // { baseURL: 'https://api.mch.weixin.qq.com/', query: { token: '6XIv5TUP', tartype: 'gzip' } }
 */
export function downloadTarget(downloadUrl: unknown, hosts: readonly string[] = API_HOSTS): DownloadTarget {
  const { url, rawQuery } = checkUrl(downloadUrl, hosts);
  const { query, altered } = queryOf(rawQuery);
  // Each pair may round-trip and the whole still not: a repeated name apart, or a numeric name
  // (JavaScript objects list those first).
  if (altered.length === 0 && serializeQuery(query) !== rawQuery) altered.push('the order of its parameters');
  if (altered.length === 0) return { baseURL: `${url.origin}/`, query };
  throw invalid(
    `has a query this SDK cannot send byte for byte (${altered.join(', ')} would be written differently, e.g. a raw + = or /, ` +
      'a lower-case %xx, a name without =), and the signature must cover the exact URL: report this download_url shape to the SDK maintainers',
  );
}

function checkUrl(downloadUrl: unknown, hosts: readonly string[]): { url: URL; rawQuery: string } {
  if (typeof downloadUrl !== 'string') throw invalid(`must be a string, got ${downloadUrl === null ? 'null' : typeof downloadUrl}`);
  const parts = PARTS.exec(downloadUrl);
  const url = parseUrl(downloadUrl);
  if (!parts || !url) throw invalid('must be an absolute URL such as https://api.mch.weixin.qq.com/v3/billdownload/file?token=…');
  const [, , , path, rawQuery, fragment] = parts;
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname))) {
    throw invalid(`must use https (plain http only for a loopback test server), got ${url.protocol}//${url.host}`);
  }
  if (url.username || url.password) throw invalid('must not carry a user name or password');
  // The download is signed: never let an answer send it (and its Authorization) elsewhere.
  if (!hosts.includes(url.host.toLowerCase())) {
    throw invalid(
      `names the host ${url.host}, which is neither WeChat Pay's API (${API_HOSTS.join(', ')}) nor this client's \`baseURL\`: a signed request is sent to those only`,
    );
  }
  if (path !== BILL_DOWNLOAD_PATH) {
    throw invalid(`must name ${BILL_DOWNLOAD_PATH}, got ${JSON.stringify(path)}: only that download is answered unsigned`);
  }
  if (fragment !== undefined) throw invalid('must not have a #fragment');
  if (!rawQuery) throw invalid('has no query: WeChat Pay gives one with the download token');
  return { url, rawQuery };
}

function queryOf(rawQuery: string): { query: Record<string, string | string[]>; altered: string[] } {
  // No prototype: a parameter named __proto__ stays a parameter.
  const query: Record<string, string | string[]> = Object.create(null);
  const altered: string[] = [];
  for (const pair of rawQuery.split('&')) {
    const at = pair.indexOf('=');
    const name = at < 0 ? undefined : decode(pair.slice(0, at));
    const value = at < 0 ? undefined : decode(pair.slice(at + 1));
    // Name the parameter only: the token's value is a short-lived credential, kept out of messages.
    if (name === undefined || value === undefined || serializeQuery({ [name]: value }) !== pair) {
      altered.push(at < 0 ? 'a parameter without =' : `parameter ${JSON.stringify(name ?? pair.slice(0, at))}`);
      continue;
    }
    const before = query[name];
    query[name] = before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
  }
  return { query, altered };
}
