import { readFileSync } from 'node:fs';
import { Agent } from 'node:https';
import { dirname, isAbsolute, resolve } from 'node:path';
import { rootCertificates } from 'node:tls';
import { Builder } from '../builder';
import type { Client } from '../chain/types';
import type { ClientConfig } from '../config';
import type { MerchantCertificate } from '../transport/agent';
import { UsageError } from './errors';
import { isJsonObject, parseJson } from './json-input';

/**
 * The configuration file `-c config.json`: `Builder.factory`'s keys plus what the CLI needs
 * itself (`apiv3Key`, `ca`). Key material is PEM text or a path (relative to the file).
 *
 * @example { "mchid": "1900000109", "serial": "…", "privateKey": "apiclient_key.pem", "certs": { "PUB_KEY_ID_…": "pub_key.pem" } }
 */
export interface CliConfig {
  mchid?: string;
  secret?: string;
  serial?: string;
  privateKey?: string;
  certs?: Record<string, string>;
  merchant?: MerchantCertificate;
  baseURL?: string;
  /** The APIv3 key: `certificates download` decrypts with it. */
  apiv3Key?: string;
  /** Extra CA certificates to trust for the server, on every call (the simulator's over `--tls`). */
  ca?: string;
  timeout?: number;
  headers?: Record<string, string>;
}

const FILE_KEYS = ['mchid', 'secret', 'serial', 'privateKey', 'certs', 'merchant', 'baseURL', 'apiv3Key', 'ca', 'timeout', 'headers'] as const;
const MERCHANT_KEYS = ['cert', 'key', 'pfx', 'passphrase', 'ca'] as const;

/** WECHATPAY_* variables and the key each fills. */
export const ENV_KEYS = {
  WECHATPAY_MCHID: 'mchid',
  WECHATPAY_SECRET: 'secret',
  WECHATPAY_SERIAL: 'serial',
  WECHATPAY_PRIVATE_KEY: 'privateKey',
  WECHATPAY_CERTS: 'certs',
  WECHATPAY_BASE_URL: 'baseURL',
  WECHATPAY_APIV3_KEY: 'apiv3Key',
  WECHATPAY_CA: 'ca',
} as const;
const ENV_MERCHANT = {
  WECHATPAY_MERCHANT_CERT: 'cert',
  WECHATPAY_MERCHANT_KEY: 'key',
  WECHATPAY_MERCHANT_PFX: 'pfx',
  WECHATPAY_MERCHANT_PASSPHRASE: 'passphrase',
} as const;

/** What `loadConfig` reads. */
export interface ConfigSources {
  /** `-c`: a JSON file. */
  file?: string;
  /** `--base-url`: wins over the file and WECHATPAY_BASE_URL. */
  baseUrl?: string;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** PEM text, a `private.pkcs1://`-style prefix or a file:// URL are kept; a relative path is made absolute against `base`. */
function anchorPath(value: unknown, base: string): unknown {
  if (typeof value !== 'string' || value === '' || value.includes('-----BEGIN ') || /^[a-z][a-z0-9.+-]*:\/\//i.test(value) || isAbsolute(value)) return value;
  return resolve(base, value);
}

function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/** Edit distance, for "did you mean": both strings are short key names. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) row[j] = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length] ?? 0;
}

function unknownKey(key: string, known: readonly string[], where: string): UsageError {
  const plain = (text: string) => text.toLowerCase().replace(/[_-]/g, '');
  const near = known.find((k) => plain(k) === plain(key)) ?? known.find((k) => distance(plain(k), plain(key)) <= 2);
  return new UsageError(`${where}: unknown key "${key}"${near ? ` (did you mean "${near}"?)` : ''}; expected ${known.join(', ')}`);
}

/** The file's object, its key names checked and its relative paths anchored at its directory. */
function readConfigFile(file: string, cwd: string): CliConfig {
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`-c: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
  const parsed = parseJson(text, `the config file ${path}`);
  if (!isJsonObject(parsed)) throw new UsageError(`the config file ${path} must hold a JSON object, got ${typeName(parsed)}`);
  const base = dirname(path);
  for (const key of Object.keys(parsed)) if (!(FILE_KEYS as readonly string[]).includes(key)) throw unknownKey(key, FILE_KEYS, path);
  const config = { ...parsed } as Record<string, unknown>;
  config.privateKey = anchorPath(config.privateKey, base);
  config.ca = anchorPath(config.ca, base);
  if (config.certs !== undefined) {
    if (!isJsonObject(config.certs)) throw new UsageError(`${path}: "certs" must be an object of { id: PEM or path }, got ${typeName(config.certs)}`);
    config.certs = Object.fromEntries(Object.entries(config.certs).map(([id, value]) => [id, anchorPath(value, base)]));
  }
  if (config.merchant !== undefined) {
    if (!isJsonObject(config.merchant)) throw new UsageError(`${path}: "merchant" must be an object { cert, key } or { pfx, passphrase }, got ${typeName(config.merchant)}`);
    for (const key of Object.keys(config.merchant)) if (!(MERCHANT_KEYS as readonly string[]).includes(key)) throw unknownKey(key, MERCHANT_KEYS, `${path} "merchant"`);
    config.merchant = Object.fromEntries(Object.entries(config.merchant).map(([key, value]) => [key, key === 'passphrase' ? value : anchorPath(value, base)]));
  }
  return config as CliConfig;
}

/** The configuration the WECHATPAY_* variables give (empty ones count as unset). */
function readEnv(env: NodeJS.ProcessEnv, cwd: string): CliConfig {
  const config: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(ENV_KEYS)) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    if (key === 'certs') {
      const certs = parseJson(value, name);
      if (!isJsonObject(certs)) throw new UsageError(`${name} must be a JSON object of { id: PEM or path }, got ${typeName(certs)}`);
      config.certs = Object.fromEntries(Object.entries(certs).map(([id, pem]) => [id, anchorPath(pem, cwd)]));
    } else config[key] = key === 'privateKey' || key === 'ca' ? anchorPath(value, cwd) : value;
  }
  const merchant: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(ENV_MERCHANT)) {
    const value = env[name];
    if (value !== undefined && value !== '') merchant[key] = key === 'passphrase' ? value : anchorPath(value, cwd);
  }
  if (Object.keys(merchant).length) config.merchant = merchant;
  return config as CliConfig;
}

/**
 * The CLI's configuration: the `-c` file, then each key it lacks from WECHATPAY_* variables
 * (`merchant` and `certs` as wholes), then `--base-url` over both.
 *
 * @example loadConfig({ file: 'config.json', env: process.env, cwd: process.cwd() }).mchid
 */
export function loadConfig(sources: ConfigSources): CliConfig {
  const fromFile = sources.file === undefined ? {} : readConfigFile(sources.file, sources.cwd);
  const fromEnv = readEnv(sources.env, sources.cwd);
  const merged: CliConfig = { ...fromEnv, ...fromFile };
  if (sources.baseUrl !== undefined) merged.baseURL = sources.baseUrl;
  if (merged.baseURL !== undefined) checkBaseUrl(merged.baseURL);
  return merged;
}

function checkBaseUrl(value: unknown): void {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new UsageError(`the base URL must be an http(s) URL such as https://api.mch.weixin.qq.com/, got ${typeof value === 'string' ? JSON.stringify(value) : typeName(value)}`);
  }
}

/** A PEM string as is; anything else names a file (already absolute). */
function pemOf(value: string, what: string): string {
  if (value.includes('-----BEGIN ')) return value;
  try {
    return readFileSync(value.startsWith('file://') ? new URL(value) : value, 'utf8');
  } catch (error) {
    throw new UsageError(`${what}: cannot read ${value} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
}

/**
 * `Builder.factory` with the CLI configuration. `ca` is trusted besides the public roots on every
 * call, mutual-TLS ones included; `apiv3Key` stays with the CLI.
 *
 * @example const wx = clientFrom(loadConfig({ file: 'config.json', env, cwd }));
 */
export function clientFrom(config: CliConfig): Client {
  const { apiv3Key: _apiv3Key, ca, ...rest } = config;
  if (rest.mchid === undefined) throw new UsageError('no merchant id: give -c config.json with "mchid", or set WECHATPAY_MCHID');
  const factory: Record<string, unknown> = { ...rest };
  if (ca !== undefined) {
    if (typeof ca !== 'string' || ca === '') throw new UsageError(`"ca" must be PEM text or a path, got ${typeName(ca)}`);
    const roots = [...rootCertificates, pemOf(ca, '"ca"')];
    factory.httpsAgent = new Agent({ keepAlive: true, ca: roots });
    if (rest.merchant && rest.merchant.ca === undefined) factory.merchant = { ...rest.merchant, ca: roots };
  }
  return Builder.factory(factory as unknown as ClientConfig);
}
