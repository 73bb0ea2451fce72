import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startSimulator, type Simulator } from 'wechatpay-ts-simulator';
import { installInto, pack } from '../../scripts/packed';

// npm run test:next. A Next.js app (./next-app: app-router route handlers on the nodejs runtime,
// an order route and a notification route) with the packed package installed from its tarball,
// built with `output: 'standalone'` and no serverExternalPackages, by Turbopack (Next 16's
// default) and by webpack (`--webpack`, the default before); each standalone folder copied alone
// into an empty folder and run there against the simulator, which pays the order and sends its
// notification to the app's notify route.
const APP = path.join(__dirname, 'next-app');
/**
 * The Next.js this test builds with, installed into the app from the npm registry (not a
 * devDependency: 350 MB that `npm install` would fetch for every checkout).
 */
const NEXT = ['next@16.5.0', 'react@19.3.1', 'react-dom@19.3.1'];

const mchid = '1900000109';
const secret = 'your-apiv2-secret-key-length-32b';
const apiv3Key = 'your-apiv3-secret-key-length-32b';
const serial = '1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C';

let work: string | undefined;
let project: string | undefined;
let sim: Simulator | undefined;
let merchant: { privateKey: KeyObject; publicKey: KeyObject };

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'wechatpay-next-'));
  project = installInto('wechatpay-next-app-', [pack(work).tarball, ...NEXT]);
  cpSync(APP, project, { recursive: true });
  merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
  sim = await startSimulator({ mchid, secret, apiv3Key, merchantPublicKey: merchant.publicKey, merchantSerial: serial });
}, 600_000);

afterAll(async () => {
  await sim?.close();
  for (const dir of [work, project]) if (dir) rmSync(dir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.once('error', reject);
  });
}

/** Waits (bounded) until `check` holds; `output` is what the server printed, for the failure. */
async function until(check: () => boolean, what: string, output: () => string, ms = 60_000): Promise<void> {
  for (const end = Date.now() + ms; !check();) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; the server printed:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.each([
  ['Turbopack (next build)', []],
  ['webpack (next build --webpack)', ['--webpack']],
])('Next.js standalone, built by %s', (_name, flags) => {
  let alone: string | undefined;
  let server: ChildProcess | undefined;
  let output = '';
  let origin = '';

  beforeAll(async () => {
    const next = path.join(project!, 'node_modules', 'next', 'dist', 'bin', 'next');
    rmSync(path.join(project!, '.next'), { recursive: true, force: true });
    execFileSync(process.execPath, [next, 'build', ...flags], {
      cwd: project,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: 'pipe',
      timeout: 600_000,
    });
    alone = mkdtempSync(path.join(tmpdir(), 'wechatpay-next-standalone-'));
    cpSync(path.join(project!, '.next', 'standalone'), alone, { recursive: true });
    expect(existsSync(path.join(path.dirname(alone), 'node_modules'))).toBe(false);

    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['server.js'], {
      cwd: alone,
      env: {
        PATH: process.env.PATH,
        NEXT_TELEMETRY_DISABLED: '1',
        PORT: String(port),
        HOSTNAME: '127.0.0.1',
        WECHATPAY_MCHID: mchid,
        WECHATPAY_SERIAL: serial,
        WECHATPAY_PRIVATE_KEY: merchant.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
        WECHATPAY_PUBLIC_KEY_ID: sim!.platform.publicKeyId,
        WECHATPAY_PUBLIC_KEY: sim!.platform.publicKeyPem,
        WECHATPAY_APIV3_KEY: apiv3Key,
        WECHATPAY_BASE_URL: sim!.url,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await until(
      () => /Ready|started server|Local:/i.test(output),
      'the standalone server to start',
      () => output,
    );
  }, 900_000);

  afterAll(() => {
    server?.kill();
    if (alone) rmSync(alone, { recursive: true, force: true });
  });

  test('the order route makes a Native order through the SDK, and the notify route verifies its notification', async () => {
    const out_trade_no = `next${Date.now()}`;
    const answer = await fetch(`${origin}/api/order`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ out_trade_no }),
    });
    const body = (await answer.json().catch(() => ({}))) as { code_url?: string };
    expect([answer.status, body.code_url?.startsWith('weixin://')]).toEqual([200, true]);

    await sim!.pay(out_trade_no);
    await until(
      () => output.includes(`paid: ${out_trade_no} SUCCESS`),
      'the notify route to verify the notification',
      () => output,
    );
    // The simulator saw the route's answer: handled, so no retry.
    const attempt = () => sim!.notifications.find((tried) => tried.out_trade_no === out_trade_no);
    await until(
      () => attempt()?.status !== undefined,
      "the simulator to record the route's answer",
      () => output,
    );
    expect(attempt()?.status).toBe(204);
  });

  test('a forged notification is refused by the notify route (401), so WeChat Pay would retry', async () => {
    const answer = await fetch(`${origin}/api/notify`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'wechatpay-serial': sim!.platform.publicKeyId,
        'wechatpay-signature': Buffer.alloc(256).toString('base64'),
        'wechatpay-timestamp': String(Math.floor(Date.now() / 1000)),
        'wechatpay-nonce': 'forged',
      },
      body: '{"id":"forged","resource":{}}',
    });
    expect(answer.status).toBe(401);
  });
});
