import { invalidAt, type PlatformKey } from '../../crypto/platform-key';
import { MAX_CERTIFICATES, platformKeyOfCertificate, type PlatformCertificate } from './certificate-answer';

/** At most this many downloaded keys stay in one client's map (the latest answer's always do). */
export const MAX_DOWNLOADED = MAX_CERTIFICATES;

interface Downloaded {
  /** The very entry put into the map: if the map holds another, the user replaced it. */
  entry: PlatformKey;
  expire: number;
}

/** What the downloader put into each live map, weakly keyed: keys configured by hand are never here, never removed. */
const DOWNLOADED = new WeakMap<Map<string, PlatformKey>, Map<string, Downloaded>>();

/**
 * Checked certificates into the live map; downloaded keys no longer listed and expired are dropped, at most `MAX_DOWNLOADED` kept.
 *
 * @example installCertificates(clientOf(wx).certs, await decodeAndVerify(), Date.now())
 */
export function installCertificates(certs: Map<string, PlatformKey>, list: readonly PlatformCertificate[], now: number): void {
  let ours = DOWNLOADED.get(certs);
  if (!ours) DOWNLOADED.set(certs, (ours = new Map()));
  // An entry removed or replaced by hand since is the user's now: forget it.
  for (const [serial, mine] of ours) if (certs.get(serial) !== mine.entry) ours.delete(serial);
  const listed = new Set(list.map((item) => item.serial));
  // Oldest first, so the newest certificate ends up last: the one sensitive fields are encrypted for.
  for (const item of [...list].sort((a, b) => a.effective.getTime() - b.effective.getTime())) {
    if (certs.has(item.serial) && !ours.has(item.serial)) continue;
    const entry = ours.get(item.serial)?.entry ?? platformKeyOfCertificate(item);
    certs.set(item.serial, entry);
    ours.set(item.serial, { entry, expire: item.expire.getTime() });
  }
  const drop = (serial: string) => {
    certs.delete(serial);
    ours.delete(serial);
  };
  const unlisted = [...ours].filter(([serial]) => !listed.has(serial)).sort((a, b) => a[1].expire - b[1].expire);
  for (const [serial, { expire }] of unlisted) if (expire < now || ours.size > MAX_DOWNLOADED) drop(serial);
}

/**
 * The serials the downloader added and still owns.
 *
 * @example downloadedSerials(clientOf(wx).certs) // ['5157F09EFDC096DE15EBE81A47057A7232F1B8E1']
 */
export function downloadedSerials(certs: Map<string, PlatformKey>): string[] {
  return [...(DOWNLOADED.get(certs)?.keys() ?? [])];
}

/**
 * The keys valid at `now`: a certificate list needs their word once the client holds any.
 *
 * @example heldKeys(clientOf(wx).certs, Date.now()).size // 0 for a client that must bootstrap
 */
export function heldKeys(certs: ReadonlyMap<string, PlatformKey>, now: number): Map<string, PlatformKey> {
  return new Map([...certs].filter(([, entry]) => invalidAt(entry, now) === undefined));
}
