import { X509Certificate } from 'node:crypto';
import type { AxiosRequestConfig } from 'axios';
import { platformKeyOf, type PlatformKey } from '../crypto/platform-key';
import { AXIOS_PASS_THROUGH_KEYS, checkAxiosOptions, checkHeaders } from '../chain/options';
import { DEFAULT_BASE_URL } from '../chain/route';
import type { KeyLike } from '../crypto/rsa';
import { readPemSource, Rsa } from '../crypto/rsa';
import { isRemoteSigner, type MerchantKey, type RemoteSigner } from '../crypto/signer';
import { ConfigurationError } from '../errors';
import { describe, isPlainObject } from '../util/object';
import type { CallHooks } from './observe';
import { trustedRoots, type MerchantCertificate, type TrustedRoots } from '../pipeline/agent';
import { apiv3KeyOf } from '../crypto/aes-gcm';
import { reportSettingsOf, type ReportConfig, type ReportSettings } from './report';
import { failoverSettingsOf, type FailoverConfig, type FailoverSettings } from './failover';

/** Axios defaults a client may set (baseURL, timeout, headers, proxy, agents, …). */
export type ClientAxiosConfig = Pick<AxiosRequestConfig, (typeof AXIOS_PASS_THROUGH_KEYS)[number] | 'headers'>;

/** What `withOptions` may change on a new client made from another: its axios defaults, not its keys. */
export type ClientOptions = ClientAxiosConfig;

/** CA certificates: PEM text (one or more blocks), a Buffer of it, the path of a PEM file, or an X509Certificate; one or a list. */
export type CertificateAuthorities = string | Buffer | X509Certificate | ReadonlyArray<string | Buffer | X509Certificate>;

/**
 * What `Builder.factory` takes: PHP's keys plus axios defaults.
 *
 * @example Builder.factory({ mchid: '1900000109', secret: process.env.WECHATPAY_APIV2_KEY })
 */
export interface ClientConfig extends ClientAxiosConfig {
  /** The merchant id (商户号). Required. */
  mchid: string;
  /** The APIv2 key (32 characters). Needed by APIv2 calls only. */
  secret?: string;
  /** The merchant API certificate's serial number. Needed by APIv3 calls only. */
  serial?: string;
  /**
   * The merchant API private key (an encrypted one as PHP's `[pem, passphrase]`), or a remote signer
   * `{ sign(message) }` for a key kept in an HSM or a cloud KMS. Needed by APIv3 calls only.
   */
  privateKey?: KeyLike | RemoteSigner;
  /** WeChat Pay platform keys by id: certificate serials and/or `PUB_KEY_ID_…` public-key ids. */
  certs?: Record<string, KeyLike>;
  /** The merchant API client certificate, for endpoints that need mutual TLS. */
  merchant?: MerchantCertificate;
  /**
   * Hooks on every call, for logs and metrics: method, path template, URL without query, status,
   * Request-ID and duration, never a secret. A hook that throws never changes the call.
   *
   * @example hooks: { onError: (event, error) => log.warn(event.template, event.requestId, error) }
   */
  hooks?: CallHooks;
  /**
   * The APIv3 key (API安全 > APIv3密钥, 32 bytes): `Certificates.download`/`refresh` and
   * `verifyNotification` (with this client as `certs`) use it when they are not given one.
   */
  apiv3Key?: string | Buffer;
  /**
   * The CAs a downloaded platform certificate must be issued by while the client holds no platform
   * key (its first `Certificates.download`); default: WeChat Pay's, Tenpay.com Root CA
   * (`TENPAY_ROOT_CA`). Given, they replace it: for the offline simulator (`sim.platform.ca`) and tests.
   *
   * @example platformCertificateAuthorities: sim.platform.ca
   */
  platformCertificateAuthorities?: CertificateAuthorities;
  /**
   * Extra trusted roots for the API server (PEM text, a Buffer or a file path; one or a list), beside
   * the public ones: for a private server such as the offline simulator over TLS. Also trusted by the
   * merchant certificate's connections unless `merchant.ca` says otherwise.
   */
  ca?: TrustedRoots;
  /**
   * 交易保障, done for you: every call's outcome and latency reported to `v2/payitil/report` in the
   * background (needs `secret`). Off by default.
   *
   * @example report: { level: 'all', appid: 'wx8888888888888888', userIp: '8.8.8.8' }
   */
  report?: ReportConfig;
  /**
   * Backup-domain failover (off by default): a call that cannot reach the primary host at all is
   * sent once, freshly signed, to the backup, and the client stays there for `holdMs`.
   *
   * @example failover: true // https://api2.mch.weixin.qq.com/, held 60 s
   */
  failover?: boolean | FailoverConfig;
}

/** The validated configuration: keys parsed once, secrets kept out of any axios config. */
export interface ResolvedConfig {
  mchid: string;
  secret: string | undefined;
  serial: string | undefined;
  privateKey: MerchantKey | undefined;
  certs: Map<string, PlatformKey>;
  merchant: MerchantCertificate | undefined;
  hooks: CallHooks | undefined;
  apiv3Key: Buffer | undefined;
  /** `platformCertificateAuthorities`, parsed and checked; undefined: WeChat Pay's own. */
  authorities: readonly X509Certificate[] | undefined;
  /** The public roots plus `ca`, when `ca` was given. */
  roots: Array<string | Buffer> | undefined;
  /** 交易保障 reporting, when on. */
  report: ReportSettings | undefined;
  /** Backup-domain failover, when on. */
  failover: FailoverSettings | undefined;
  axios: Record<string, unknown>;
}

/** The keys of a client's configuration that the SDK reads itself (PHP's), and the axios defaults a client may set. */
const CLIENT_SDK_KEYS = new Set([
  'mchid',
  'secret',
  'serial',
  'privateKey',
  'certs',
  'merchant',
  'hooks',
  'apiv3Key',
  'platformCertificateAuthorities',
  'ca',
  'report',
  'failover',
]);
const HOOK_NAMES = ['onRequest', 'onResponse', 'onError'] as const;
const CLIENT_AXIOS_KEYS = new Set<string>([...AXIOS_PASS_THROUGH_KEYS, 'headers']);

function optionalString(config: Record<string, unknown>, key: string): string | undefined {
  const value = config[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '')
    throw new ConfigurationError(`\`${key}\` must be a non-empty string, got ${value === '' ? "''" : typeof value}`);
  return value;
}

/**
 * The axios options of a configuration, checked; with `sdkKeys`, the SDK's own keys are skipped
 * (Builder.factory), else refused (withOptions, which changes no key).
 */
function axiosOptionsOf(config: Record<string, unknown>, sdkKeys: boolean): Record<string, unknown> {
  const axios: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    if (sdkKeys && CLIENT_SDK_KEYS.has(key)) continue;
    if (!CLIENT_AXIOS_KEYS.has(key)) {
      const near = [...CLIENT_SDK_KEYS].find((known) => known.toLowerCase() === key.toLowerCase().replace(/[_-]/g, ''));
      const why = sdkKeys
        ? `expected ${[...CLIENT_SDK_KEYS].join(', ')} or an axios option`
        : 'withOptions changes axios options only (a client with other keys is another Builder.factory)';
      throw new ConfigurationError(`Unknown configuration key \`${key}\`${near && sdkKeys ? ` (did you mean \`${near}\`?)` : ''}: ${why}`);
    }
    axios[key] = value;
  }
  const configurationError = (message: string) => new ConfigurationError(message);
  checkAxiosOptions(axios, configurationError);
  checkHeaders(axios.headers, configurationError);
  return axios;
}

/**
 * A configuration like `config` with `options` over its axios defaults (headers merged), its keys
 * as they are: they were parsed once and are shared.
 */
export function withAxiosOptions(config: ResolvedConfig, options: unknown): ResolvedConfig {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ConfigurationError('withOptions takes an options object, e.g. withOptions(wx, { timeout: 5000 })');
  }
  const given = axiosOptionsOf(options as Record<string, unknown>, false);
  const headers = given.headers === undefined ? config.axios.headers : { ...(config.axios.headers as object | undefined), ...(given.headers as object) };
  return { ...config, axios: { ...config.axios, ...given, ...(headers === undefined ? {} : { headers }) } };
}

/** `hooks`, checked: an object of the known hook names, each a function. */
function hooksOf(value: unknown): CallHooks | undefined {
  if (value === undefined) return undefined;
  if (!isPlainObject(value))
    throw new ConfigurationError(`\`hooks\` must be an object { onRequest, onResponse, onError } of functions, got ${describe(value)}`);
  for (const [name, hook] of Object.entries(value)) {
    if (!(HOOK_NAMES as readonly string[]).includes(name)) throw new ConfigurationError(`\`hooks.${name}\` is not a hook: expected ${HOOK_NAMES.join(', ')}`);
    if (typeof hook !== 'function') throw new ConfigurationError(`\`hooks.${name}\` must be a function, got ${describe(hook)}`);
  }
  return value as CallHooks;
}

const AUTHORITIES = 'platformCertificateAuthorities';

/** The certificates one item of `platformCertificateAuthorities` holds (a PEM may hold several). */
function certificatesIn(item: unknown, field: string): X509Certificate[] {
  if (item instanceof X509Certificate) return [item];
  if (typeof item !== 'string' && !Buffer.isBuffer(item))
    throw new ConfigurationError(`\`${field}\` must be PEM text, a Buffer, the path of a PEM file or an X509Certificate, got ${describe(item)}`);
  const blocks = readPemSource(item, `\`${field}\``)?.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  if (!blocks.length)
    throw new ConfigurationError(`\`${field}\` holds no certificate: expected a -----BEGIN CERTIFICATE----- block, or the path of a file with one`);
  return blocks.map((block) => {
    try {
      return new X509Certificate(block);
    } catch {
      throw new ConfigurationError(`\`${field}\`: a certificate in it could not be parsed`);
    }
  });
}

/** `platformCertificateAuthorities`, parsed once and checked: at least one, each a CA. */
function authoritiesOf(value: unknown): X509Certificate[] | undefined {
  if (value === undefined) return undefined;
  const items: unknown[] = Array.isArray(value) ? value : [value];
  if (!items.length)
    throw new ConfigurationError(`\`${AUTHORITIES}\` is an empty list: give the CA that issues the platform certificates, or leave it out for WeChat Pay's`);
  return items.flatMap((item, index) => {
    const field = Array.isArray(value) ? `${AUTHORITIES}[${index}]` : AUTHORITIES;
    const found = certificatesIn(item, field);
    const leaf = found.find((certificate) => !certificate.ca);
    if (leaf) {
      throw new ConfigurationError(
        `\`${field}\` holds "${leaf.subject.replace(/\n/g, ', ')}", which is not a CA certificate (basicConstraints CA is not set): give the CA that issues the platform certificates, not a platform certificate`,
      );
    }
    return found;
  });
}

function mchidOf(mchid: unknown): string {
  if (mchid === undefined) throw new ConfigurationError("`mchid` is missing: pass your merchant id (商户号), e.g. { mchid: '1900000109' }");
  if (typeof mchid !== 'string' || !/^\d+$/.test(mchid)) {
    throw new ConfigurationError(
      `\`mchid\` must be the merchant id as a string of digits, got ${typeof mchid === 'string' ? JSON.stringify(mchid) : typeof mchid}`,
    );
  }
  return mchid;
}

/** The platform keys by id, parsed once; never the merchant's own certificate. */
function certsOf(given: unknown, serial: string | undefined): Map<string, PlatformKey> {
  const certs = new Map<string, PlatformKey>();
  if (given === undefined) return certs;
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    throw new ConfigurationError('`certs` must map platform certificate serials or PUB_KEY_ID_… ids to public keys');
  }
  for (const [id, key] of Object.entries(given as Record<string, KeyLike>)) {
    // PHP refuses this too: the merchant's own certificate verifies nothing WeChat Pay sends.
    if (serial !== undefined && id.toUpperCase() === serial.toUpperCase()) {
      throw new ConfigurationError(
        `\`certs\` holds ${id}, which is \`serial\`, your own merchant certificate: \`certs\` takes WeChat Pay's platform certificates or PUB_KEY_ID_… public key, which verify its answers`,
      );
    }
    certs.set(id, platformKeyOf(key));
  }
  return certs;
}

function privateKeyOf(given: unknown): MerchantKey | undefined {
  if (given === undefined) return undefined;
  return isRemoteSigner(given) ? given : Rsa.from(given as KeyLike, 'private');
}

/** Check `Builder.factory`'s argument and parse its keys; every problem is named. */
export function resolveConfig(input: unknown): ResolvedConfig {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new ConfigurationError('Builder.factory needs a configuration object: { mchid, secret } for APIv2, plus { serial, privateKey, certs } for APIv3');
  }
  const config = input as Record<string, unknown>;
  const axios = axiosOptionsOf(config, true);
  const mchid = mchidOf(config.mchid);
  const serial = optionalString(config, 'serial');
  const certs = certsOf(config.certs, serial);
  const secret = optionalString(config, 'secret');
  return {
    mchid,
    secret,
    serial,
    privateKey: privateKeyOf(config.privateKey),
    certs,
    merchant: config.merchant as MerchantCertificate | undefined,
    hooks: hooksOf(config.hooks),
    apiv3Key: config.apiv3Key === undefined ? undefined : apiv3KeyOf(config.apiv3Key, '`apiv3Key`'),
    authorities: authoritiesOf(config[AUTHORITIES]),
    roots: config.ca === undefined ? undefined : trustedRoots(config.ca as TrustedRoots),
    report: reportSettingsOf(config.report, secret),
    failover: failoverSettingsOf(config.failover, String(axios.baseURL ?? DEFAULT_BASE_URL)),
    axios: { baseURL: DEFAULT_BASE_URL, ...axios },
  };
}
