import { ConfigurationError } from '../errors';
import { wholeNumber } from '../util/limit';
import { describe, isPlainObject } from '../util/object';

/**
 * Backup-domain failover: a call that cannot reach its host at all (DNS, refused, a connect
 * timeout, a failed TLS handshake: nothing of the request was written) is sent once, freshly
 * signed, to the other host, and the client stays there for `holdMs`. Never after the request may
 * have reached WeChat Pay: a payment must not be sent twice unless the caller decides to.
 */

/** WeChat Pay's backup domain. */
export const DEFAULT_BACKUP_URL = 'https://api2.mch.weixin.qq.com/';
/** How long a client stays on the backup before trying the primary again, by default: 1 min (`failover.holdMs`). */
export const DEFAULT_FAILOVER_HOLD_MS = 60_000;

const HOLD_RANGE = { name: '`failover.holdMs`', min: 0, max: 60 * 60_000, unit: 'milliseconds' };

/**
 * `Builder.factory({ failover })`: `true` for the defaults.
 *
 * @example failover: { backup: 'https://api2.mch.weixin.qq.com/', holdMs: 60_000 }
 */
export interface FailoverConfig {
  /** The backup host's base URL (default `DEFAULT_BACKUP_URL`). */
  backup?: string;
  /** Milliseconds to stay on the backup after the primary could not be reached (default `DEFAULT_FAILOVER_HOLD_MS`, 0 to 3,600,000). */
  holdMs?: number;
}

/** `failover`, checked. */
export interface FailoverSettings {
  backup: string;
  holdMs: number;
}

/**
 * `Builder.factory`'s `failover`, checked by name; undefined when off (the default).
 *
 * @example failoverSettingsOf(true, 'https://api.mch.weixin.qq.com/') // { backup: 'https://api2.mch.weixin.qq.com/', holdMs: 60000 }
 */
export function failoverSettingsOf(value: unknown, primary: string): FailoverSettings | undefined {
  if (value === undefined || value === false) return undefined;
  if (value !== true && !isPlainObject(value)) throw new ConfigurationError(`\`failover\` must be true, false or { backup?, holdMs? }, got ${describe(value)}`);
  const given = value === true ? {} : value;
  for (const key of Object.keys(given)) {
    if (key !== 'backup' && key !== 'holdMs') throw new ConfigurationError(`\`failover.${key}\` is not a failover option: expected backup, holdMs`);
  }
  return { backup: backupBaseOf(given.backup ?? DEFAULT_BACKUP_URL, primary), holdMs: wholeNumber(given.holdMs, HOLD_RANGE, DEFAULT_FAILOVER_HOLD_MS) };
}

/** `failover.backup` as a base URL ending in `/`: plain http(s), and not the primary's own host. */
function backupBaseOf(backup: unknown, primary: string): string {
  let url: URL;
  try {
    if (typeof backup !== 'string') throw new TypeError('not a string');
    url = new URL(backup);
  } catch {
    throw new ConfigurationError(`\`failover.backup\` must be the backup's base URL, e.g. '${DEFAULT_BACKUP_URL}', got ${describe(backup)}`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash || url.username || url.password)
    throw new ConfigurationError(`\`failover.backup\` must be a plain http(s) base URL without query, fragment or credentials, got ${JSON.stringify(backup)}`);
  const href = url.href.endsWith('/') ? url.href : `${url.href}/`;
  if (new URL(href).origin === new URL(primary).origin)
    throw new ConfigurationError(`\`failover.backup\` is the primary host itself (${url.origin}): give the other host, e.g. '${DEFAULT_BACKUP_URL}'`);
  return href;
}

/**
 * Which host a client's calls go to now: the primary, or the backup until `holdMs` after the
 * primary was last found unreachable. Shared by the clients `withOptions` makes from one client.
 *
 * @example
 * const hosts = new Hosts(primary, settings);
 * hosts.unreachable(primary); hosts.now() // the backup, for holdMs
 */
export class Hosts {
  readonly primary: string;
  readonly backup: string;
  readonly #holdMs: number;
  #backupUntil = 0;

  constructor(primary: string, settings: FailoverSettings) {
    this.primary = primary;
    this.backup = settings.backup;
    this.#holdMs = settings.holdMs;
  }

  /** The base URL to send to now. */
  now(): string {
    return Date.now() < this.#backupUntil ? this.backup : this.primary;
  }

  /** The other host of the two. */
  other(baseURL: string): string {
    return baseURL === this.primary ? this.backup : this.primary;
  }

  /** `baseURL` could not be reached; the other one answered. */
  unreachable(baseURL: string): void {
    this.#backupUntil = baseURL === this.primary ? Date.now() + this.#holdMs : 0;
  }
}
