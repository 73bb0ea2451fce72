import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Certificates } from '../../src';
import { MCHID, MERCHANT_SERIAL } from '../helpers/v3-client';
import { rejection } from '../helpers/thrown';
import { APIV3_KEY, certificatesFixture, HAND, keysOf, ORDER, reasonOf, S1, S2, seal, WRONG_KEY } from './certificates-fixture';

const fx = certificatesFixture();
const { hand, bare, handClient } = fx;
const dir = mkdtempSync(join(tmpdir(), 'wechatpay-certificates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fetches = () => fx.v3.server.checks.filter((check) => check.request.url === '/v3/certificates').length;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
async function until(condition: () => boolean, what: string, ms = 5000): Promise<void> {
  for (const end = Date.now() + ms; !condition(); await sleep(20)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
  }
}

describe('Certificates.refresh', () => {
  test('picks up a rotated certificate on its next tick and keeps hand-configured keys', async () => {
    const wx = handClient();
    const errors: unknown[] = [];
    const refresher = Certificates.refresh(wx, { apiv3Key: APIV3_KEY, intervalMs: 100, onError: (error) => errors.push(error) });
    try {
      await expect(refresher.ready).resolves.toHaveLength(1);
      expect(keysOf(wx)).toEqual([HAND, S1]);
      // Before the rotation, an answer signed with the new key is refused.
      expect(reasonOf(await rejection(wx.chain(ORDER).get({ baseURL: fx.serverB.url })))).toBe('UNKNOWN_SERIAL');
      fx.listed = [seal(fx.cert1), seal(fx.cert2)];
      await until(() => keysOf(wx).includes(S2), 'the rotated certificate');
      expect(keysOf(wx)).toEqual([HAND, S1, S2]);
      await expect(wx.chain(ORDER).get({ baseURL: fx.serverB.url })).resolves.toMatchObject({ status: 200 });
      await expect(wx.chain(ORDER).get()).resolves.toMatchObject({ status: 200 });
      expect(errors).toEqual([]);
    } finally {
      refresher.stop();
    }
  });

  test('a failing tick goes to onError and the current keys keep working', async () => {
    const wx = handClient();
    const errors: unknown[] = [];
    const refresher = Certificates.refresh(wx, { apiv3Key: APIV3_KEY, intervalMs: 50, onError: (error) => errors.push(error) });
    try {
      await refresher.ready;
      fx.listed = [seal(fx.cert1, { key: WRONG_KEY })];
      await until(() => errors.length > 0, 'onError');
      expect(reasonOf(errors[0])).toBe('DECRYPT_FAILED');
      expect(keysOf(wx)).toEqual([HAND, S1]);
      await expect(wx.chain(ORDER).get()).resolves.toMatchObject({ status: 200 });
      // It goes on trying and recovers.
      fx.listed = [seal(fx.cert1), seal(fx.cert2)];
      await until(() => keysOf(wx).includes(S2), 'recovery');
    } finally {
      refresher.stop();
    }
  });

  test('a failed first download rejects ready, goes to onError, and later ticks retry', async () => {
    fx.listed = [seal(fx.cert1, { key: WRONG_KEY })];
    const wx = bare();
    const errors: unknown[] = [];
    const refresher = Certificates.refresh(wx, { apiv3Key: APIV3_KEY, intervalMs: 50, onError: (error) => errors.push(error) });
    try {
      expect(reasonOf(await rejection(refresher.ready))).toBe('DECRYPT_FAILED');
      expect(reasonOf(errors[0])).toBe('DECRYPT_FAILED');
      expect(keysOf(wx)).toEqual([]);
      fx.listed = [seal(fx.cert1)];
      await until(() => keysOf(wx).includes(S1), 'a retry');
    } finally {
      refresher.stop();
    }
  });

  test('stop() clears the timer: no download after it', async () => {
    const refresher = Certificates.refresh(handClient(), { apiv3Key: APIV3_KEY, intervalMs: 30, onError: () => undefined });
    const start = fetches();
    await refresher.ready;
    await until(() => fetches() >= start + 3, 'three downloads');
    refresher.stop();
    const atStop = fetches();
    await sleep(200);
    const settled = fetches();
    // One download may have been on the wire when stop() was called; none is started after.
    expect(settled - atStop).toBeLessThanOrEqual(1);
    await sleep(200);
    expect(fetches()).toBe(settled);
  });

  test('stop() during the first download: it completes, and nothing is scheduled after it', async () => {
    const wx = handClient();
    const start = fetches();
    const refresher = Certificates.refresh(wx, { apiv3Key: APIV3_KEY, intervalMs: 20, onError: () => undefined });
    refresher.stop();
    await refresher.ready;
    expect(keysOf(wx)).toEqual([HAND, S1]);
    await sleep(200);
    expect(fetches()).toBe(start + 1);
  });

  test('bad options are refused at once, before sending', () => {
    const wx = handClient();
    const before = fx.v3.server.checks.length;
    for (const options of [
      { apiv3Key: 'short' },
      { apiv3Key: APIV3_KEY, intervalMs: 0 },
      { apiv3Key: APIV3_KEY, intervalMs: 1.5 },
      { apiv3Key: APIV3_KEY, intervalMs: Number.NaN },
      { apiv3Key: APIV3_KEY, intervalMs: 2 ** 31 },
      { apiv3Key: APIV3_KEY, onError: 'log' },
      { apiv3Key: APIV3_KEY, interval: 1000 },
    ]) {
      expect(() => Certificates.refresh(wx, options as never)).toThrow(expect.objectContaining({ name: 'ConfigurationError' }));
    }
    expect(fx.v3.server.checks.length).toBe(before);
  });

  test('its timer never keeps a process alive, and an ignored failing ready does not crash it', async () => {
    // A child process whose only work is a refresher aimed at a closed port: it must exit by itself.
    const script = join(dir, 'alive.ts');
    writeFileSync(
      script,
      [
        `import { Builder } from ${JSON.stringify(resolve('src/index.ts'))};`,
        `import { Certificates } from ${JSON.stringify(resolve('src/index.ts'))};`,
        `const wx = Builder.factory({ mchid: '${MCHID}', serial: '${MERCHANT_SERIAL}', privateKey: ${JSON.stringify(fx.v3.merchant.privatePem)}, certs: { '${HAND}': ${JSON.stringify(hand.publicPem)} }, baseURL: 'http://127.0.0.1:9/' });`,
        `Certificates.refresh(wx, { apiv3Key: '${APIV3_KEY}', intervalMs: 3_600_000, onError: (e) => console.log('onError', (e as Error).name) });`,
      ].join('\n'),
    );
    const started = Date.now();
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((done) => {
      const child = execFile(resolve('node_modules/.bin/tsx'), [script], { timeout: 15_000 }, (error, out) =>
        done({ code: error ? ((error.code as number | null) ?? -1) : 0, stdout: out }),
      );
      child.stdin?.end();
    });
    expect(stdout).toContain('onError TransportError');
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
