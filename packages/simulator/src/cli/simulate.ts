import { createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { Formatter, isConfigurationError } from 'wechatpay-ts';
import { startControl, startSimulator, type Control, type Simulator, type SimulatorOptions } from '..';
import { apiv3KeyOf } from '../sdk/internal';
import { collect, describePath, printLine, rsaPrivateKey, UsageError, writePrivateFile, type Io } from './support';

interface SimulateFlags {
  port: number;
  tls?: boolean;
  mchid: string;
  secret?: string;
  apiv3Key?: string;
  privateKey?: string;
  serial?: string;
  platformKey?: string;
  publicKeyId?: string;
  writeConfig?: string;
  notifyAllowHost?: string[];
  /** --sub-mchid, repeated: the sub-merchants bound to --mchid. */
  subMchid?: string[];
  profitsharingNotifyUrl?: string;
  /** false with --no-control. */
  control: boolean;
  controlPort: number;
  quiet?: boolean;
}

/** A control token fixed by the environment (a CI script that starts the simulator and knows it already). */
const TOKEN_VARIABLE = 'WECHATPAY_SIMULATOR_TOKEN';

/** The signals that stop the simulator cleanly. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('expected a port number from 0 (any free port) to 65535');
  return port;
}

function pemOf(key: KeyObject): string {
  return key.export({ type: key.type === 'private' ? 'pkcs8' : 'spki', format: 'pem' }).toString();
}

/** A merchant certificate serial as WeChat writes them: 40 upper-case hex digits. */
function randomSerial(): string {
  return randomBytes(20).toString('hex').toUpperCase();
}

/** What the merchant side of a simulator session needs: given on the command line or made here. */
interface Merchant {
  mchid: string;
  secret: string;
  apiv3Key: string;
  privateKey: KeyObject;
  serial: string;
}

function merchantOf(flags: SimulateFlags, cwd: string): Merchant {
  if (!/^\d+$/.test(flags.mchid)) throw new UsageError(`--mchid must be digits, got ${describePath(flags.mchid)}`);
  if (flags.apiv3Key !== undefined) apiv3KeyOf(flags.apiv3Key, '--apiv3-key');
  if (flags.serial !== undefined && !/^[0-9A-Fa-f]{2,40}$/.test(flags.serial))
    throw new UsageError('--serial must be a certificate serial: up to 40 hex digits');
  if (flags.serial !== undefined && flags.privateKey === undefined)
    throw new UsageError('--serial names the certificate of a key you give: pass --private-key with it');
  return {
    mchid: flags.mchid,
    secret: flags.secret ?? Formatter.nonce(32),
    apiv3Key: flags.apiv3Key ?? Formatter.nonce(32),
    privateKey:
      flags.privateKey === undefined ? generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey : rsaPrivateKey(flags.privateKey, '--private-key', cwd),
    serial: flags.serial ?? randomSerial(),
  };
}

/** A merchant API client certificate from the simulator's own CA (WeChat Pay's has the mchid as CN). */
function clientCertificate(sim: Simulator, mchid: string): { cert: string; key: string } {
  const issue = sim.tls?.issueClientCertificate;
  if (!issue) throw new Error('the simulator did not offer to issue a merchant client certificate');
  return issue(mchid);
}

/** `--write-config`'s file can be written: checked before the simulator starts, not after. */
async function checkConfigPath(path: string): Promise<string> {
  if (!(await stat(dirname(path)).catch(() => undefined))?.isDirectory())
    throw new UsageError(`--write-config: the directory ${describePath(dirname(path))} does not exist`);
  if ((await stat(path).catch(() => undefined))?.isDirectory())
    throw new UsageError(`--write-config: ${describePath(path)} is a directory; name the file to write`);
  return path;
}

/** The `-c` configuration file of the SDK's `wechatpay` command (docs/cli.md), as this simulator's merchant. */
export interface MerchantConfig {
  mchid: string;
  secret: string;
  serial: string;
  privateKey: string;
  certs: Record<string, string>;
  apiv3Key: string;
  platformCertificateAuthorities: Simulator['platform']['ca'];
  baseURL: string;
  ca?: string;
  merchant?: { cert: string; key: string; ca: string };
  simulator?: { control: string; token: string };
}

/**
 * The `-c` configuration that talks to this simulator as its merchant: its platform CA stands in
 * for Tenpay.com Root CA (`platformCertificateAuthorities`, for a first certificate download); over
 * TLS it trusts the simulator's CA (`ca`, every call) and carries a client certificate that CA issued (`merchant`).
 */
export function configFor(sim: Simulator, merchant: Merchant, control?: Control): MerchantConfig {
  const client = sim.tls ? clientCertificate(sim, merchant.mchid) : undefined;
  const privateKey = pemOf(merchant.privateKey);
  return {
    mchid: merchant.mchid,
    secret: merchant.secret,
    serial: merchant.serial,
    privateKey,
    certs: { [sim.platform.publicKeyId]: sim.platform.publicKeyPem },
    apiv3Key: merchant.apiv3Key,
    platformCertificateAuthorities: sim.platform.ca,
    baseURL: sim.url,
    ...(sim.tls && client ? { ca: sim.tls.ca, merchant: { ...client, ca: sim.tls.ca } } : {}),
    ...(control ? { simulator: { control: control.url, token: control.token } } : {}),
  };
}

/** The control interface on 127.0.0.1, its URL and token printed (the token is also in --write-config's file). */
async function openControl(sim: Simulator, flags: SimulateFlags, io: Io): Promise<Control> {
  const token = io.env[TOKEN_VARIABLE] || undefined;
  const control = await startControl(sim, {
    port: flags.controlPort,
    ...(token === undefined ? {} : { token }),
    ...(flags.quiet ? {} : { log: (line: string) => printLine(io.stdout, line) }),
  }).catch((error: unknown) => {
    throw isConfigurationError(error) ? new UsageError(`${TOKEN_VARIABLE}: ${(error as Error).message.replace(/^startControl: /, '')}`) : error;
  });
  printLine(io.stdout, `control interface on ${control.url} (Authorization: Bearer ${control.token})`);
  return control;
}

/** Resolves with the first stop signal; `cancel` (or that signal) removes the handlers. */
function untilStopped(): { stopped: Promise<string>; cancel(): void } {
  let cancel = () => {};
  const stopped = new Promise<string>((done) => {
    const stop = (signal: string) => {
      cancel();
      done(signal);
    };
    cancel = () => {
      for (const name of STOP_SIGNALS) process.removeListener(name, stop);
    };
    for (const name of STOP_SIGNALS) process.on(name, stop);
  });
  return { stopped, cancel };
}

/**
 * The simulator's start options and action on `command`: the offline WeChat Pay simulator in the
 * foreground, one log line per request, until SIGINT or SIGTERM; `--write-config` saves the
 * merchant's side for the SDK's `wechatpay -c`.
 *
 * @example wechatpay-simulator start --port 8000 --write-config sim.json   # then: wechatpay v2/payitil/report -d @seed.json -c sim.json
 */
export function startCommand(command: Command, io: Io): Command {
  return command
    .option('--port <n>', 'the port to listen on (0: any free port)', parsePort, 0)
    .option('--tls', 'serve https with a throw-away CA; the config gets that CA and a merchant client certificate')
    .option('--mchid <mchid>', 'the merchant id it serves', '1900000109')
    .option('--secret <secret>', 'the APIv2 key (default: generated)')
    .option('--apiv3-key <key>', 'the 32-byte APIv3 key (default: generated)')
    .option('--private-key <key>', 'the merchant private key, PEM text or a path (default: generated)')
    .option('--serial <hex>', "the serial of that key's merchant certificate (default: generated)")
    .option('--platform-key <key>', 'the platform private key, PEM text or a path (default: generated)')
    .option('--public-key-id <id>', 'the platform public-key id (default: PUB_KEY_ID_ + digits)')
    .option('--write-config <file>', 'write the merchant configuration (secrets included, mode 0600) for -c')
    .option(
      '--notify-allow-host <host>',
      'also send notifications to this host (repeatable; * for any): by default only to 127.0.0.0/8, ::1 and localhost',
      collect,
    )
    .option('--sub-mchid <mchid>', 'as a service provider (服务商): a sub-merchant bound to --mchid (repeatable; default: any sub_mchid)', collect)
    .option('--profitsharing-notify-url <url>', 'where 分账动账通知 (PROFITSHARING.SUCCESS/RETURN) go for merchant receivers (default: not sent)')
    .option('--control-port <n>', `the control interface's port on 127.0.0.1 (0: any free port; its token: generated, or $${TOKEN_VARIABLE})`, parsePort, 0)
    .option('--no-control', 'do not open the control interface (pay, refund, fault, notifications from another terminal)')
    .option('--quiet', 'do not log each request')
    .option('--debug', 'on failure, print the error with its stack')
    .action(async (flags: SimulateFlags) => {
      const merchant = merchantOf(flags, io.cwd);
      if (flags.publicKeyId !== undefined && !/^PUB_KEY_ID_\w+$/.test(flags.publicKeyId))
        throw new UsageError('--public-key-id must look like PUB_KEY_ID_0114232134912410000000000000');
      const configPath = flags.writeConfig === undefined ? undefined : await checkConfigPath(resolve(io.cwd, flags.writeConfig));
      let started = false;
      const options: SimulatorOptions = {
        mchid: merchant.mchid,
        secret: merchant.secret,
        apiv3Key: merchant.apiv3Key,
        merchantPublicKey: createPublicKey(merchant.privateKey),
        merchantSerial: merchant.serial,
        port: flags.port,
        ...(flags.platformKey !== undefined ? { platformKey: rsaPrivateKey(flags.platformKey, '--platform-key', io.cwd) } : {}),
        ...(flags.publicKeyId !== undefined ? { publicKeyId: flags.publicKeyId } : {}),
        ...(flags.tls ? { tls: true as const } : {}),
        ...(flags.notifyAllowHost ? { notifyAllowHosts: flags.notifyAllowHost } : {}),
        ...(flags.subMchid ? { subMchids: flags.subMchid } : {}),
        ...(flags.profitsharingNotifyUrl ? { profitSharingNotifyUrl: flags.profitsharingNotifyUrl } : {}),
        // The request lines; the simulator's own start-up line is not printed: the block below says it once.
        ...(flags.quiet ? {} : { log: (line: string) => started && printLine(io.stdout, line) }),
      };
      // Signals are caught from here on, so a Ctrl-C during start-up still closes what was opened.
      const { stopped, cancel } = untilStopped();
      const sim = await startSimulator(options).catch((error: unknown) => {
        cancel();
        throw error;
      });
      started = true;
      let control: Control | undefined;
      try {
        printLine(io.stdout, `wechatpay simulator listening on ${sim.url} (merchant ${merchant.mchid})`);
        printLine(io.stdout, `platform public key id: ${sim.platform.publicKeyId}`);
        printLine(io.stdout, `platform certificate serial: ${sim.platform.certificateSerial}`);
        control = flags.control ? await openControl(sim, flags, io) : undefined;
        if (configPath) {
          await writePrivateFile(configPath, `${JSON.stringify(configFor(sim, merchant, control), null, 2)}\n`);
          printLine(io.stdout, `config written to ${configPath} (for -c)`);
        } else {
          printLine(io.stdout, 'the merchant keys and secrets are not shown: pass --write-config FILE to use this simulator with -c');
        }
        printLine(io.stdout, 'press Ctrl-C to stop');
        const signal = await stopped;
        printLine(io.stdout, `${signal}: stopping`);
      } finally {
        cancel();
        await control?.close();
        await sim.close();
      }
      printLine(io.stdout, 'simulator stopped');
    });
}
