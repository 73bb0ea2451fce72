import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Builder } from '../client/builder';
import type { Client } from '../chain/types';
import type { ClientConfig } from '../client/config';
import { describePath, isConfigurationError } from '../errors';
import type { MerchantCertificate } from '../pipeline/agent';
import { fsReason } from '../util/files';
import { UsageError } from './errors';
import { isJsonObject, parseJson } from './json-input';
import { rsaKey, tlsFile, type Origin, type TlsField } from './keys';
import { editDistance } from './suggest';
import { describe } from '../util/object';

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
  /** The CA(s) a first certificate download trusts instead of Tenpay.com Root CA (the simulator's): PEM text or paths. */
  platformCertificateAuthorities?: string | string[];
  timeout?: number;
  headers?: Record<string, string>;
  /** Written by `wechatpay simulate`: its control interface, for `wechatpay simulate pay …` (calls ignore it). */
  simulator?: { control: string; token: string };
}

const FILE_KEYS = [
  'mchid',
  'secret',
  'serial',
  'privateKey',
  'certs',
  'merchant',
  'baseURL',
  'apiv3Key',
  'ca',
  'platformCertificateAuthorities',
  'timeout',
  'headers',
  'simulator',
] as const;
const MERCHANT_KEYS = ['cert', 'key', 'pfx', 'passphrase', 'ca'] as const;

export const ENV_KEYS = {
  WECHATPAY_MCHID: 'mchid',
  WECHATPAY_SECRET: 'secret',
  WECHATPAY_SERIAL: 'serial',
  WECHATPAY_PRIVATE_KEY: 'privateKey',
  WECHATPAY_CERTS: 'certs',
  WECHATPAY_BASE_URL: 'baseURL',
  WECHATPAY_APIV3_KEY: 'apiv3Key',
  WECHATPAY_CA: 'ca',
  WECHATPAY_PLATFORM_CA: 'platformCertificateAuthorities',
} as const;
const ENV_MERCHANT = {
  WECHATPAY_MERCHANT_CERT: 'cert',
  WECHATPAY_MERCHANT_KEY: 'key',
  WECHATPAY_MERCHANT_PFX: 'pfx',
  WECHATPAY_MERCHANT_PASSPHRASE: 'passphrase',
} as const;

/** Values as written, with where each key-bearing one came from: a message names that, never the value. */
export interface LoadedConfig extends CliConfig {
  origins: Readonly<Record<string, Origin>>;
}

interface Source {
  config: Record<string, unknown>;
  origins: Record<string, Origin>;
}

export interface ConfigSources {
  file?: string;
  /** `--base-url`: wins over the file and WECHATPAY_BASE_URL. */
  baseUrl?: string;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

function unknownKey(key: string, known: readonly string[], where: string): UsageError {
  const plain = (text: string) => text.toLowerCase().replace(/[_-]/g, '');
  const near = known.find((k) => plain(k) === plain(key)) ?? known.find((k) => editDistance(plain(k), plain(key)) <= 2);
  return new UsageError(`${where}: unknown key ${describePath(key)}${near ? ` (did you mean "${near}"?)` : ''}; expected ${known.join(', ')}`);
}

/** Relative paths in the file are relative to its directory. */
function readConfigFile(file: string, cwd: string): Source {
  const path = resolve(cwd, file);
  const shown = describePath(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`-c: cannot read ${shown} (${fsReason(error)})`);
  }
  const parsed = parseJson(text, `the config file ${shown}`);
  if (!isJsonObject(parsed)) throw new UsageError(`the config file ${shown} must hold a JSON object, got ${describe(parsed)}`);
  for (const key of Object.keys(parsed)) if (!(FILE_KEYS as readonly string[]).includes(key)) throw unknownKey(key, FILE_KEYS, shown);
  const base = dirname(path);
  const at = (key: string): Origin => ({ label: `${shown} "${key}"`, base });
  const origins: Record<string, Origin> = { privateKey: at('privateKey'), ca: at('ca'), platformCertificateAuthorities: at('platformCertificateAuthorities') };
  if (parsed.certs !== undefined) {
    if (!isJsonObject(parsed.certs)) throw new UsageError(`${shown}: "certs" must be an object of { id: PEM or path }, got ${describe(parsed.certs)}`);
    for (const id of Object.keys(parsed.certs)) origins[`certs.${id}`] = { label: `${shown} "certs" ${describePath(id)}`, base };
  }
  if (parsed.merchant !== undefined) {
    if (!isJsonObject(parsed.merchant))
      throw new UsageError(`${shown}: "merchant" must be an object { cert, key } or { pfx, passphrase }, got ${describe(parsed.merchant)}`);
    for (const key of Object.keys(parsed.merchant))
      if (!(MERCHANT_KEYS as readonly string[]).includes(key)) throw unknownKey(key, MERCHANT_KEYS, `${shown} "merchant"`);
    for (const key of MERCHANT_KEYS) origins[`merchant.${key}`] = at(`merchant.${key}`);
  }
  return { config: { ...parsed }, origins };
}

/** Empty variables count as unset. */
function readEnv(env: NodeJS.ProcessEnv, cwd: string): Source {
  const config: Record<string, unknown> = {};
  const origins: Record<string, Origin> = {};
  for (const [name, key] of Object.entries(ENV_KEYS)) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    origins[key] = { label: name, base: cwd };
    if (key === 'certs') {
      const certs = parseJson(value, name);
      if (!isJsonObject(certs)) throw new UsageError(`${name} must be a JSON object of { id: PEM or path }, got ${describe(certs)}`);
      for (const id of Object.keys(certs)) origins[`certs.${id}`] = { label: `${name} ${describePath(id)}`, base: cwd };
      config.certs = certs;
    } else config[key] = value;
  }
  const merchant: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(ENV_MERCHANT)) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    merchant[key] = value;
    origins[`merchant.${key}`] = { label: name, base: cwd };
  }
  if (Object.keys(merchant).length) config.merchant = merchant;
  return { config, origins };
}

/**
 * The CLI's configuration: the `-c` file, then each key it lacks from WECHATPAY_* variables
 * (`merchant` and `certs` as wholes), then `--base-url` over both.
 *
 * @example loadConfig({ file: 'config.json', env: process.env, cwd: process.cwd() }).mchid
 */
export function loadConfig(sources: ConfigSources): LoadedConfig {
  const fromFile: Source = sources.file === undefined ? { config: {}, origins: {} } : readConfigFile(sources.file, sources.cwd);
  const fromEnv = readEnv(sources.env, sources.cwd);
  const merged: Record<string, unknown> = { ...fromEnv.config, ...fromFile.config };
  // Each key comes whole from one place, and so do the origins of what it holds.
  const origins: Record<string, Origin> = {};
  for (const key of Object.keys(merged)) {
    const from = key in fromFile.config ? fromFile : fromEnv;
    for (const [name, origin] of Object.entries(from.origins)) if (name === key || name.startsWith(`${key}.`)) origins[name] = origin;
  }
  if (sources.baseUrl !== undefined) merged.baseURL = sources.baseUrl;
  if (merged.baseURL !== undefined) checkBaseUrl(merged.baseURL);
  return { ...(merged as CliConfig), origins };
}

function checkBaseUrl(value: unknown): void {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new UsageError(
      `the base URL must be an http(s) URL such as https://api.mch.weixin.qq.com/, got ${typeof value === 'string' ? describePath(value) : describe(value)}`,
    );
  }
}

function originOf(config: LoadedConfig, key: string): Origin {
  return config.origins[key] ?? { label: `"${key}"`, base: process.cwd() };
}

function merchantOf(config: LoadedConfig, merchant: MerchantCertificate): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(merchant).map(([field, value]) => [
      field,
      field === 'passphrase' ? value : tlsFile(value, field as TlsField, originOf(config, `merchant.${field}`)),
    ]),
  );
}

function authoritiesOf(config: LoadedConfig, value: unknown): unknown[] {
  const origin = originOf(config, 'platformCertificateAuthorities');
  return (Array.isArray(value) ? value : [value]).map((item) => {
    if (typeof item !== 'string' || item === '') throw new UsageError(`${origin.label} must be PEM text or a path (or a list of them), got ${describe(item)}`);
    return tlsFile(item, 'ca', origin);
  });
}

/**
 * `Builder.factory` with the CLI configuration; key files are read here, so a wrong one is named by
 * where it came from (`WECHATPAY_MERCHANT_KEY`), never quoted.
 *
 * @example const wx = clientFrom(loadConfig({ file: 'config.json', env, cwd }));
 */
export function clientFrom(config: LoadedConfig): Client {
  const { ca, platformCertificateAuthorities: authorities, origins: _origins, simulator: _simulator, ...rest } = config;
  if (rest.mchid === undefined) throw new UsageError('no merchant id: give -c config.json with "mchid", or set WECHATPAY_MCHID');
  const factory: Record<string, unknown> = { ...rest };
  if (rest.privateKey !== undefined) factory.privateKey = rsaKey(rest.privateKey, 'private', originOf(config, 'privateKey'));
  if (isJsonObject(rest.certs))
    factory.certs = Object.fromEntries(Object.entries(rest.certs).map(([id, key]) => [id, rsaKey(key, 'public', originOf(config, `certs.${id}`))]));
  const merchant = isJsonObject(rest.merchant) ? merchantOf(config, rest.merchant) : rest.merchant;
  if (merchant !== undefined) factory.merchant = merchant;
  if (ca !== undefined) {
    if (typeof ca !== 'string' || ca === '') throw new UsageError(`"ca" must be PEM text or a path, got ${describe(ca)}`);
    // Read here, so a bad file is named by where it was configured; the factory trusts it beside the public roots.
    factory.ca = tlsFile(ca, 'ca', originOf(config, 'ca'));
  }
  if (authorities !== undefined) factory.platformCertificateAuthorities = authoritiesOf(config, authorities);
  try {
    return Builder.factory(factory as unknown as ClientConfig);
  } catch (error) {
    // The SDK names the field (merchant.key, `merchant` takes …); the CLI adds where the merchant certificate came from.
    if (!isConfigurationError(error) || !/^`?merchant\b/.test(error.message)) throw error;
    const labels = [...new Set(Object.keys(rest.merchant ?? {}).map((field) => originOf(config, `merchant.${field}`).label))];
    throw new UsageError(`${labels.join(', ')}: ${error.message}`, { cause: error });
  }
}
