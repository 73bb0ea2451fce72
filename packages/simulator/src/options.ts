import type { KeyObject } from 'node:crypto';
import { canonicalHost, type NotifyHosts } from './hosts';
import type { SimulatorOptions } from './types';
import { ConfigurationError, Rsa, type KeyLike } from 'wechatpay-ts';
import { apiv3KeyOf } from './sdk/internal';

/** WeChat Pay's notification schedule: 15 s, 15 s, 30 s, 3 m, 10 m, 20 m, 30 m ×3, 60 m, 3 h ×3, 6 h ×2. */
export const WECHAT_RETRY_DELAYS: readonly number[] = [15, 15, 30, 180, 600, 1200, 1800, 1800, 1800, 3600, 10800, 10800, 10800, 21600, 21600].map(
  (s) => s * 1000,
);
/** More retries than this are refused: every notification's schedule stays bounded. */
const MAX_RETRIES = 32;
/** Node's timers overflow above this and fire at once. */
const MAX_DELAY = 2 ** 31 - 1;
/** More entries than this in `notifyAllowHosts` are refused: a list, not a directory of hosts. */
const MAX_ALLOW_HOSTS = 64;

/** More sub-merchants than this in `subMchids` are refused: a list of test merchants, not a directory. */
export const MAX_SUB_MCHIDS = 1000;

/** The options checked, keys parsed once. */
export interface Resolved {
  mchid: string;
  secret: string;
  apiv3Key: Buffer;
  merchantPublicKey: KeyObject | undefined;
  merchantSerial: string | undefined;
  platformKey: KeyObject | undefined;
  publicKeyId: string | undefined;
  port: number;
  host: string;
  tls: SimulatorOptions['tls'];
  notifyRetryDelays: readonly number[];
  notifyAllowHosts: NotifyHosts;
  backup: boolean;
  /** The sub-merchants bound to this service provider; undefined: any. */
  subMchids: ReadonlySet<string> | undefined;
  /** Where 分账动账通知 (PROFITSHARING.SUCCESS / RETURN) go; undefined: not sent. */
  profitSharingNotifyUrl: string | undefined;
  log: (line: string) => void;
}

function bad(message: string): never {
  throw new ConfigurationError(`startSimulator: ${message}`);
}

const KNOWN = [
  'mchid',
  'secret',
  'apiv3Key',
  'merchantPublicKey',
  'merchantSerial',
  'platformKey',
  'publicKeyId',
  'port',
  'host',
  'tls',
  'notifyRetryDelays',
  'notifyAllowHosts',
  'log',
  'backup',
  'subMchids',
  'profitSharingNotifyUrl',
];

function text(value: unknown, name: string, optional: boolean): string | undefined {
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string' || value === '')
    bad(`\`${name}\` must be a non-empty string, got ${value === '' ? "''" : value === undefined ? 'nothing' : typeof value}`);
  return value;
}

function checkPem(value: unknown, name: string): void {
  if (value === undefined && name === 'ca') return;
  if (!(typeof value === 'string' || Buffer.isBuffer(value)) || String(value).trim() === '') bad(`\`tls.${name}\` must be PEM text (string or Buffer)`);
}

function checkTls(tls: unknown): SimulatorOptions['tls'] {
  if (tls === undefined || tls === true) return tls;
  if (tls === null || typeof tls !== 'object' || Array.isArray(tls)) bad('`tls` must be `true` or { key, cert, ca?, requireClientCertificate? }');
  const given = tls as Record<string, unknown>;
  const unknown = Object.keys(given).filter((k) => !['key', 'cert', 'ca', 'requireClientCertificate'].includes(k));
  if (unknown.length) bad(`\`tls\` has unknown key ${unknown.map((k) => `\`${k}\``).join(', ')}; expected key, cert, ca, requireClientCertificate`);
  for (const name of ['key', 'cert', 'ca']) checkPem(given[name], name);
  if (given.requireClientCertificate !== undefined && typeof given.requireClientCertificate !== 'boolean')
    bad('`tls.requireClientCertificate` must be a boolean');
  if (given.requireClientCertificate === true && given.ca === undefined)
    bad('`tls.requireClientCertificate` needs `tls.ca`: the CA the merchant client certificates must chain to');
  return given as SimulatorOptions['tls'];
}

function checkDelays(delays: unknown): readonly number[] {
  if (delays === undefined) return WECHAT_RETRY_DELAYS;
  if (!Array.isArray(delays)) bad(`\`notifyRetryDelays\` must be an array of milliseconds, got ${typeof delays}`);
  if (delays.length > MAX_RETRIES) bad(`\`notifyRetryDelays\` lists ${delays.length} retries; at most ${MAX_RETRIES}`);
  delays.forEach((delay: unknown, i) => {
    if (typeof delay !== 'number' || !Number.isInteger(delay) || delay < 0 || delay > MAX_DELAY)
      bad(`\`notifyRetryDelays[${i}]\` must be a whole number of milliseconds from 0 to ${MAX_DELAY}, got ${String(delay)}`);
  });
  return [...(delays as number[])];
}

function checkAllowHosts(given: unknown): NotifyHosts {
  if (given === undefined) return { any: false, hosts: new Set() };
  if (!Array.isArray(given)) bad(`\`notifyAllowHosts\` must be an array of host names, e.g. ['merchant.test'] (['*'] for any host), got ${typeof given}`);
  if (given.length > MAX_ALLOW_HOSTS) bad(`\`notifyAllowHosts\` lists ${given.length} hosts; at most ${MAX_ALLOW_HOSTS} (or ['*'] for any host)`);
  const hosts = new Set<string>();
  given.forEach((host: unknown, i) => {
    if (host === '*') return;
    const canonical = typeof host === 'string' ? canonicalHost(host) : undefined;
    if (canonical === undefined) {
      bad(
        `\`notifyAllowHosts[${i}]\` must be a host name or IP address such as 'merchant.test', '10.0.0.5' or '::1' (no scheme, port or path), or '*' for any host; got ${typeof host === 'string' ? JSON.stringify(host) : typeof host}`,
      );
    }
    hosts.add(canonical);
  });
  return { any: given.includes('*'), hosts };
}

function checkUrl(given: unknown, name: string): string | undefined {
  if (given === undefined) return undefined;
  if (typeof given !== 'string' || !/^https?:\/\/[^\s]+$/.test(given)) bad(`\`${name}\` must be an http(s) URL, got ${JSON.stringify(given)}`);
  return given;
}

function checkSubMchids(given: unknown): ReadonlySet<string> | undefined {
  if (given === undefined) return undefined;
  if (!Array.isArray(given)) bad(`\`subMchids\` must be an array of sub-merchant numbers, e.g. ['1900000109'], got ${typeof given}`);
  if (given.length > MAX_SUB_MCHIDS) bad(`\`subMchids\` lists ${given.length} sub-merchants; at most ${MAX_SUB_MCHIDS}`);
  given.forEach((id: unknown, i) => {
    if (typeof id !== 'string' || !/^\d{1,32}$/.test(id)) bad(`\`subMchids[${i}]\` must be a sub-merchant number (digits), got ${JSON.stringify(id)}`);
  });
  return new Set(given as string[]);
}

function checkMerchant(options: Record<string, unknown>): { mchid: string; secret: string; apiv3Key: string } {
  const mchid = text(options.mchid, 'mchid', false)!;
  if (!/^\d+$/.test(mchid)) bad('`mchid` must be the merchant id, digits only');
  const secret = text(options.secret, 'secret', false)!;
  const apiv3Key = options.apiv3Key;
  if (typeof apiv3Key !== 'string') bad(`\`apiv3Key\` must be the 32-byte APIv3 key as a string, got ${apiv3Key === undefined ? 'nothing' : typeof apiv3Key}`);
  apiv3KeyOf(apiv3Key, 'startSimulator: `apiv3Key`');
  return { mchid, secret, apiv3Key };
}

function checkListen(options: Record<string, unknown>): { host: string; port: number } {
  const host = text(options.host, 'host', true) ?? '127.0.0.1';
  const port = options.port ?? 0;
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 0 || port > 65535)
    bad(`\`port\` must be a whole number from 0 to 65535, got ${String(port)}`);
  return { host, port };
}

/**
 * Check `startSimulator`'s options and parse their keys, naming the first problem.
 *
 * @example const resolved = resolveOptions({ mchid: '1900000109', secret, apiv3Key });
 */
export function resolveOptions(input: unknown): Resolved {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) bad('needs an options object: { mchid, secret, apiv3Key, merchantPublicKey? }');
  const options = input as Record<string, unknown>;
  const unknown = Object.keys(options).filter((k) => !KNOWN.includes(k));
  if (unknown.length) bad(`unknown option ${unknown.map((k) => `\`${k}\``).join(', ')}; expected ${KNOWN.join(', ')}`);
  const { mchid, secret, apiv3Key } = checkMerchant(options);
  const merchantSerial = text(options.merchantSerial, 'merchantSerial', true);
  const publicKeyId = text(options.publicKeyId, 'publicKeyId', true);
  if (publicKeyId !== undefined && !publicKeyId.startsWith('PUB_KEY_ID_')) bad('`publicKeyId` must start with PUB_KEY_ID_, as WeChat Pay public-key ids do');
  const { host, port } = checkListen(options);
  if (options.log !== undefined && typeof options.log !== 'function') bad('`log` must be a function taking one line');
  if (options.backup !== undefined && typeof options.backup !== 'boolean') bad(`\`backup\` must be a boolean, got ${typeof options.backup}`);
  const log = (options.log as ((line: string) => void) | undefined) ?? (() => undefined);
  return {
    mchid,
    secret,
    apiv3Key: Buffer.from(apiv3Key),
    merchantPublicKey: options.merchantPublicKey === undefined ? undefined : Rsa.from(options.merchantPublicKey as KeyLike, 'public'),
    merchantSerial,
    platformKey: options.platformKey === undefined ? undefined : Rsa.from(options.platformKey as KeyLike, 'private'),
    publicKeyId,
    port,
    host,
    tls: checkTls(options.tls),
    notifyRetryDelays: checkDelays(options.notifyRetryDelays),
    notifyAllowHosts: checkAllowHosts(options.notifyAllowHosts),
    backup: options.backup === true,
    subMchids: checkSubMchids(options.subMchids),
    profitSharingNotifyUrl: checkUrl(options.profitSharingNotifyUrl, 'profitSharingNotifyUrl'),
    // A logger that throws must not take a request down with it.
    log: (line) => {
      try {
        log(line);
      } catch {
        // ignored on purpose
      }
    },
  };
}
