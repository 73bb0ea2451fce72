import type { KeyObject } from 'node:crypto';
import { clientOf, type WechatpayClient } from '../../client/client';
import { apiv3KeyOf } from '../../crypto/aes-gcm';
import { ConfigurationError, VerificationError, VerificationReason } from '../../errors';
import { describe } from '../../util/object';
import {
  CERTIFICATES_PATH,
  checkAgainstConfigured,
  decodeCertificates,
  keysWith,
  skippedError,
  sortCertificates,
  type PlatformCertificate,
  type SkippedCertificate,
  type SortedCertificates,
} from './certificate-answer';
import { downloadedSerials, heldKeys, installCertificates } from './certificate-store';
import { defaultAuthorities } from './trust-chain';

export type { PlatformCertificate, SkippedCertificate } from './certificate-answer';

/**
 * What a download installed, in the order listed, and `skipped`: the listed certificates that were
 * not (outside their validity window, not issued by a trusted CA, not RSA), each with why.
 */
export type DownloadResult = PlatformCertificate[] & { skipped: SkippedCertificate[] };

/** What `Certificates.download` takes. */
export interface DownloadOptions {
  /** The APIv3 key (API安全 > APIv3密钥): 32 bytes, as text or a Buffer; the client's `apiv3Key` when not given. */
  apiv3Key?: string | Buffer;
}

/** What `Certificates.refresh` takes. */
export interface RefreshOptions extends DownloadOptions {
  /** Time between downloads, in milliseconds; default 12 hours. */
  intervalMs?: number;
  /**
   * Hears every failed download (the first one too), and each download that skipped a listed
   * certificate (a `VerificationError` naming each, why; the others are in use). Without it, a
   * process warning is emitted.
   */
  onError?: (error: unknown) => void;
}

/** One platform key a client verifies answers with (`Certificates.keys`). */
export interface PlatformKeyInfo {
  /** The certificate serial or `PUB_KEY_ID_…` id answers name in `Wechatpay-Serial`. */
  id: string;
  key: KeyObject;
  /** The certificate's validity window; a raw public key has none. */
  notBefore?: Date;
  notAfter?: Date;
  /** Added by `Certificates.download`/`refresh` (true) or configured by hand in `certs` (false). */
  downloaded: boolean;
}

/** A running refresher. */
export interface Refresher {
  /** Stops further downloads (one already under way still completes). */
  stop(): void;
  /** Settles with the first download; its rejection is handled, so ignoring it is safe. */
  ready: Promise<DownloadResult>;
}

/** Official SDKs refresh every 24 h (Go) or 60 min (Java); twice a day is between. */
const DEFAULT_INTERVAL_MS = 12 * 60 * 60 * 1000;
/** Longer delays overflow Node's timers, which then fire at once, again and again. */
const MAX_INTERVAL_MS = 2 ** 31 - 1;

function checkKeys(options: unknown, allowed: readonly string[], what: string): Record<string, unknown> {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ConfigurationError(`${what} needs an options object with \`apiv3Key\`, got ${describe(options)}`);
  }
  const unknown = Object.keys(options).filter((key) => !allowed.includes(key));
  if (unknown.length) throw new ConfigurationError(`${what}: unknown option ${unknown.map((key) => `\`${key}\``).join(', ')}; expected ${allowed.join(', ')}`);
  return options as Record<string, unknown>;
}

/**
 * The keys that may vouch for the answer: a client that holds a valid key trusts only its own (else
 * anyone with the APIv3 key could install theirs); one that holds none, listed certificates a
 * trusted CA issued. Nothing reaches the live map before the answer has verified.
 */
async function downloadWith(client: WechatpayClient, apiv3Key: Buffer): Promise<DownloadResult> {
  let sorted: SortedCertificates = { usable: [], skipped: [] };
  let answered: string | undefined;
  const keysFromAnswer = (raw: Buffer, requestId: string | undefined, signer: string | undefined) => {
    const now = Date.now();
    answered = requestId;
    const list = decodeCertificates(raw, apiv3Key, requestId);
    const held = heldKeys(client.certs, now);
    sorted = sortCertificates(list, now, held.size ? undefined : (client.platformAuthorities ?? defaultAuthorities()));
    checkAgainstConfigured(client.certs, sorted.usable, requestId);
    if (held.size) {
      if (signer !== undefined && !client.certs.has(signer)) throw notHeld(signer, held, requestId);
      return client.certs;
    }
    if (!sorted.usable.length) throw skippedError(sorted.skipped, 0, requestId);
    const unusable = sorted.skipped.find((item) => item.serial.toUpperCase() === signer?.toUpperCase());
    if (unusable)
      throw new VerificationError(unusable.reason, `the answer is signed under certificate ${unusable.serial}, which ${unusable.message}`, requestId);
    return keysWith(client.certs, sorted.usable);
  };
  await client.send(['v3', 'certificates'], 'get', {}, { keysFromAnswer });
  const { usable, skipped } = sorted;
  if (!usable.length) throw skippedError(skipped, 0, answered);
  installCertificates(client.certs, usable, Date.now());
  return Object.assign([...usable], { skipped });
}

function notHeld(signer: string, held: ReadonlyMap<string, unknown>, requestId: string | undefined): VerificationError {
  return new VerificationError(
    VerificationReason.UNKNOWN_SERIAL,
    `the ${CERTIFICATES_PATH} answer is signed under ${JSON.stringify(signer)}, a key this client does not hold (it holds ${[...held.keys()].join(', ')}): ` +
      'a client that holds platform keys accepts a certificate list only on their word, never on a certificate the list carries. ' +
      'If WeChat Pay already signs with a certificate this client lacks, download with a client that holds no platform key: it checks the certificates against Tenpay.com Root CA',
    requestId,
  );
}

function keyFor(client: WechatpayClient, given: unknown, what: string): Buffer {
  if (given === undefined && client.apiv3Key) return client.apiv3Key;
  return apiv3KeyOf(given, `${what}: \`apiv3Key\` (or the client's)`);
}

/**
 * WeChat Pay platform certificates, the library side of PHP's `CertificateDownloader` CLI.
 *
 * @example
 * const wx = Builder.factory({ mchid, serial, privateKey }); // no `certs` yet
 * await Certificates.download(wx, { apiv3Key });             // now answers verify
 * const refresher = Certificates.refresh(wx, { apiv3Key, onError: console.error });
 */
export const Certificates = {
  /**
   * The platform keys the client verifies answers with, in the order they were added: the client's
   * certificate store, which only `download` and `refresh` change (and never a key configured by hand).
   *
   * @example Certificates.keys(wx).filter((k) => k.downloaded).map((k) => [k.id, k.notAfter])
   */
  keys(wx: unknown): PlatformKeyInfo[] {
    const { certs } = clientOf(wx);
    const downloaded = new Set(downloadedSerials(certs));
    return [...certs].map(([id, entry]) => ({
      id,
      key: entry.key,
      ...(entry.notBefore === undefined ? {} : { notBefore: new Date(entry.notBefore) }),
      ...(entry.notAfter === undefined ? {} : { notAfter: new Date(entry.notAfter) }),
      downloaded: downloaded.has(id),
    }));
  },

  /**
   * Download, decrypt and check the platform certificates, verify the answer (with the keys the
   * client holds; a client that holds none: with the listed certificates a trusted CA issued), then
   * add their keys to the client (hand-configured keys are left as they are). A listed certificate
   * that may not be used is skipped and named in `skipped`; the others are added. Throws
   * `ConfigurationError` before sending on a bad APIv3 key, a `VerificationError` (nothing added)
   * when the answer fails to check or lists no usable certificate.
   *
   * @example
   * const list = await Certificates.download(wx, { apiv3Key });
   * const [{ serial, pem, expire }] = list;
   * for (const { serial, message } of list.skipped) log.warn(`skipped ${serial}: ${message}`);
   */
  async download(wx: unknown, options: DownloadOptions = {}): Promise<DownloadResult> {
    const given = checkKeys(options, ['apiv3Key'], 'Certificates.download');
    const client = clientOf(wx);
    return downloadWith(client, keyFor(client, given.apiv3Key, 'Certificates.download'));
  },

  /**
   * Download now, then again every `intervalMs` (12 h by default), in memory. The timer is unref'd
   * and never keeps a process alive; a failed download keeps the current keys and goes to
   * `onError`; hand-configured keys are never removed; downloaded keys that expired and are no
   * longer listed are dropped. Downloads never overlap: the next one is timed from the end of the last.
   *
   * @example
   * const refresher = Certificates.refresh(wx, { apiv3Key, onError: (e) => log.warn(e) });
   * await refresher.ready;
   * process.on('SIGTERM', () => refresher.stop());
   */
  refresh(wx: unknown, options: RefreshOptions = {}): Refresher {
    const given = checkKeys(options, ['apiv3Key', 'intervalMs', 'onError'], 'Certificates.refresh');
    const apiv3Key = keyFor(clientOf(wx), given.apiv3Key, 'Certificates.refresh');
    const intervalMs = given.intervalMs ?? DEFAULT_INTERVAL_MS;
    if (typeof intervalMs !== 'number' || !Number.isInteger(intervalMs) || intervalMs < 1 || intervalMs > MAX_INTERVAL_MS) {
      throw new ConfigurationError(
        `Certificates.refresh: \`intervalMs\` must be a whole number of milliseconds from 1 to ${MAX_INTERVAL_MS}, got ${typeof intervalMs === 'number' ? intervalMs : describe(intervalMs)}`,
      );
    }
    const { onError } = given;
    if (onError !== undefined && typeof onError !== 'function')
      throw new ConfigurationError(`Certificates.refresh: \`onError\` must be a function, got ${describe(onError)}`);
    const client = clientOf(wx);

    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    // A failure must never go unheard nor become an unhandled rejection: onError, else a warning.
    const report = (error: unknown, failed = true) => {
      if (onError) {
        try {
          return void (onError as (error: unknown) => void)(error);
        } catch (thrown) {
          error = thrown;
        }
      }
      const what = failed ? 'refreshing the WeChat Pay platform certificates failed, the current keys stay in use' : 'WeChat Pay platform certificates';
      process.emitWarning(`${what}: ${error instanceof Error ? error.message : String(error)}`, { code: 'WECHATPAY_CERTIFICATES' });
    };
    const schedule = () => {
      if (stopped) return;
      timer = setTimeout(tick, intervalMs);
      timer.unref();
    };
    const attempt = () =>
      downloadWith(client, apiv3Key).then((result) => {
        if (result.skipped.length) report(skippedError(result.skipped, result.length, undefined), false);
        return result;
      });
    const tick = () => {
      timer = undefined;
      attempt().catch(report).finally(schedule);
    };
    const ready = attempt();
    ready.then(schedule, (error: unknown) => {
      report(error);
      schedule();
    });
    return {
      stop() {
        stopped = true;
        if (timer) clearTimeout(timer);
        timer = undefined;
      },
      ready,
    };
  },
} as const;
