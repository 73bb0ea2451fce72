import { encodeComponent } from '../util/encode';
import type { QueryValue } from '../types';
import { InvalidRequestError } from '../errors';

/** The exact string sent after `?`, written by the SDK (not axios) so the signature covers the URL byte for byte. */
export function serializeQuery(query: Record<string, QueryValue | readonly QueryValue[]> | undefined): string {
  if (!query) return '';
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      if (!['string', 'number', 'boolean', 'bigint'].includes(typeof item)) {
        throw new InvalidRequestError(`query.${key} must hold strings or numbers, got ${typeof item}`);
      }
      if (typeof item === 'number' && !Number.isFinite(item)) throw new InvalidRequestError(`query.${key} is ${item}: give a finite number`);
      pairs.push(`${encodeComponent(key, 'a name in `query`')}=${encodeComponent(String(item), `\`query.${key}\``)}`);
    }
  }
  return pairs.join('&');
}

export function withQuery(url: string, query: string): string {
  if (!query) return url;
  return `${url}${url.includes('?') ? '&' : '?'}${query}`;
}
