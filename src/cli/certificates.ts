import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { describePath } from '../errors';
import { Certificates, type PlatformCertificate } from '../helpers/certificates/certificates';
import { clientFrom, loadConfig } from './config';
import { UsageError } from './errors';
import { printJson, printLine, type Io } from './io';
import { collect } from './request';
import { writeFileAtomic } from '../util/files';

interface DownloadFlags {
  output: string;
  config?: string;
  apiv3Key?: string;
  baseUrl?: string;
  platformCa?: string[];
}

async function nearestExisting(path: string): Promise<string> {
  let current = path;
  // Bounded: dirname reaches the root after at most one step per path segment.
  for (let depth = 0; depth < 4096; depth += 1) {
    if (await stat(current).catch(() => undefined)) return current;
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return current;
}

/** Checked before anything is asked for. */
async function checkOutput(output: string, cwd: string): Promise<string> {
  const dir = resolve(cwd, output);
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) throw new UsageError(`-o ${describePath(dir)} is not a directory`);
  const existing = await nearestExisting(dir);
  if (!(await stat(existing)).isDirectory()) throw new UsageError(`-o ${describePath(dir)}: ${describePath(existing)} is not a directory`);
  await access(existing, constants.W_OK).catch(() => {
    throw new UsageError(`-o ${describePath(dir)}: ${describePath(existing)} is not writable`);
  });
  return dir;
}

async function writeAll(
  dir: string,
  list: readonly PlatformCertificate[],
): Promise<Array<{ serial: string; path: string; effective: string; expire: string }>> {
  await mkdir(dir, { recursive: true });
  const written = [];
  for (const item of list) {
    const path = join(dir, `wechatpay_${item.serial}.pem`);
    await writeFileAtomic(path, (file) => file.writeFile(item.pem.endsWith('\n') ? item.pem : `${item.pem}\n`), 0o644);
    written.push({ serial: item.serial, path, effective: item.effective.toISOString(), expire: item.expire.toISOString() });
  }
  return written;
}

/**
 * `wechatpay certificates download -o DIR`: `Certificates.download` (decrypt, check every
 * certificate, verify the answer's signature), and only then write the files.
 *
 * @example wechatpay certificates download -o ./certs -c config.json --apiv3-key "$APIV3_KEY"
 */
export function registerCertificates(program: Command, io: Io): void {
  const certificates = program.command('certificates').description('WeChat Pay platform certificates');
  certificates
    .command('download')
    .description(
      'download, decrypt and verify the platform certificates, then write wechatpay_<serial>.pem files (nothing is written unless the answer verifies; a certificate that may not be used is skipped and named on stderr)',
    )
    .requiredOption('-o, --output <dir>', 'the directory to write to (made if missing)')
    .option('-c, --config <file>', 'configuration JSON file (WECHATPAY_* variables fill what it lacks)')
    .option('--apiv3-key <key>', 'the APIv3 key (default: the config\'s "apiv3Key", then $WECHATPAY_APIV3_KEY)')
    .option('--base-url <url>', 'send to this base URL instead of https://api.mch.weixin.qq.com/')
    .option(
      '--platform-ca <file>',
      "trust this CA (PEM) instead of Tenpay.com Root CA for a first download, one with no platform key configured (repeatable; the simulator's for it)",
      collect,
    )
    .option('--debug', 'on failure, print the (redacted) error with its stack')
    .action(async (flags: DownloadFlags) => {
      const dir = await checkOutput(flags.output, io.cwd);
      const loaded = loadConfig({ file: flags.config, baseUrl: flags.baseUrl, env: io.env, cwd: io.cwd });
      const config = flags.platformCa
        ? {
            ...loaded,
            platformCertificateAuthorities: flags.platformCa,
            origins: { ...loaded.origins, platformCertificateAuthorities: { label: '--platform-ca', base: io.cwd } },
          }
        : loaded;
      const apiv3Key = flags.apiv3Key ?? config.apiv3Key;
      if (apiv3Key === undefined || apiv3Key === '')
        throw new UsageError('the APIv3 key is needed: --apiv3-key, "apiv3Key" in the config file, or WECHATPAY_APIV3_KEY');
      const list = await Certificates.download(clientFrom(config), { apiv3Key });
      // Installed and written are the others; each one left out is named, on stderr.
      for (const { serial, reason, message } of list.skipped) printLine(io.stderr, `skipped certificate ${serial} (${reason}): it ${message}`);
      // A serial names a file: only hex may reach the file system (it is checked against the certificate).
      const odd = list.find((item) => !/^[0-9A-Fa-f]{1,64}$/.test(item.serial));
      if (odd) throw new Error(`refusing to name a file after the serial ${JSON.stringify(odd.serial)}: not hex`);
      printJson(io.stdout, await writeAll(dir, list));
    });
}
