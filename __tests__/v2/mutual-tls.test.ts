import { createPrivateKey } from 'node:crypto';
import { Agent, createServer } from 'node:https';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { Builder, isConfigurationError, isTransportError } from '../../src';
import { createDispatcher } from '../../src/pipeline/dispatcher';
import { merchantTlsOf } from '../../src/pipeline/transport';
import { thrown } from '../helpers/thrown';
import { makePki, type TestPki } from '../helpers/pki';
import { MCHID, SECRET, seedXml } from '../helpers/seed';
import { startV2Server, type V2Server } from '../helpers/v2-server';

// A server that, like WeChat Pay's certificate-protected endpoints, refuses any TLS client that
// does not present a certificate signed by the merchant CA.
let pki: TestPki;
let server: V2Server;
beforeAll(async () => {
  pki = makePki();
  server = await startV2Server({
    mchid: MCHID,
    secret: SECRET,
    wrap: (listener) => createServer({ key: pki.serverKey, cert: pki.serverCert, ca: pki.ca, requestCert: true, rejectUnauthorized: true }, listener),
  });
});
afterAll(async () => {
  await server.close();
  pki.cleanup();
});
beforeEach(() => {
  server.received.length = 0;
  server.checked.length = 0;
});

/** A client of the server, with the merchant certificate (or other options) given. */
const client = (extra: Omit<Parameters<typeof Builder.factory>[0], 'mchid'> = {}) =>
  Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: server.url, ...extra });

const refund = { xml: { appid: 'wx8888888888888888', mch_id: MCHID, out_trade_no: 'T1', out_refund_no: 'R1', total_fee: 100, refund_fee: 100 } };

test('an endpoint marked as needing the certificate gets it without asking, over one agent', async () => {
  const wx = client({ merchant: { cert: pki.clientCert, key: pki.clientKey, ca: pki.ca } });
  await wx.v2.secapi.pay.refund.post(refund);
  // undici hands a kept-alive socket to the next call once the event loop has turned (so that a
  // server closing it despite keep-alive is noticed first).
  await new Promise((resolve) => setImmediate(resolve));
  await wx.v2.secapi.pay.refund.post(refund);
  expect(server.received.map((r) => r.clientCN)).toEqual([MCHID, MCHID]);
  expect(server.received[0]!.remotePort).toBe(server.received[1]!.remotePort);
  expect(server.checked.every((c) => c.signOk)).toBe(true);
});

test('security: true sends the certificate on any endpoint; file paths work for cert and key', async () => {
  const wx = client({ merchant: { cert: pki.clientCertPath, key: `file://${pki.clientKeyPath}`, ca: pki.ca } });
  const { data } = await wx.v2.payitil.report.post({ xml: seedXml(), security: true });
  expect(data).toMatchObject({ return_code: 'SUCCESS' });
  expect(server.received[0]!.clientCN).toBe(MCHID);
});

test('a PKCS#12 pfx with its passphrase works', async () => {
  const wx = client({ merchant: { pfx: pki.clientPfx, passphrase: pki.pfxPassphrase, ca: pki.ca } });
  await wx.v2.secapi.pay.refund.post(refund);
  expect(server.received[0]!.clientCN).toBe(MCHID);
});

test('without security the certificate is not sent, and the server refuses the handshake', async () => {
  const wx = client({ httpsAgent: new Agent({ ca: pki.ca }), merchant: { cert: pki.clientCert, key: pki.clientKey, ca: pki.ca } });
  const error = await wx.v2.payitil.report.post({ xml: seedXml() }).catch((e: unknown) => e);
  expect(isTransportError(error)).toBe(true);
  expect(server.received).toHaveLength(0);
});

test('a call that needs the certificate fails before sending when none is configured', async () => {
  const wx = client();
  const error = await wx.v2.secapi.pay.refund.post(refund).catch((e: unknown) => e);
  expect(isConfigurationError(error)).toBe(true);
  expect((error as Error).message).toMatch(/merchant/);
  const explicit = await wx.v2.payitil.report.post({ xml: seedXml(), security: true }).catch((e: unknown) => e);
  expect((explicit as Error).message).toMatch(/security: true/);
  expect(server.received).toHaveLength(0);
});

test('a wrong passphrase or a key that does not match is refused at configuration time', () => {
  expect(() => Builder.factory({ mchid: MCHID, merchant: { pfx: pki.clientPfx, passphrase: 'wrong' } })).toThrow(/merchant certificate rejected/);
  expect(() => Builder.factory({ mchid: MCHID, merchant: { cert: pki.clientCert, key: pki.serverKey } })).toThrow(/merchant certificate rejected/);
  expect(() => Builder.factory({ mchid: MCHID, merchant: { cert: pki.clientCert } })).toThrow(/needs both `cert` and `key`/);
  expect(() => Builder.factory({ mchid: MCHID, merchant: { cert: '/no/such/file.pem', key: pki.clientKey } })).toThrow(/cannot read the file/);
});

test('regression: key material given where a path was expected is named by field, never quoted in the message, JSON or inspect', () => {
  const der = createPrivateKey(pki.clientKey).export({ type: 'pkcs8', format: 'der' }).toString('base64');
  const pfx = pki.clientPfx.toString('base64');
  const cases: Array<[Record<string, unknown>, RegExp]> = [
    [
      { cert: pki.clientCert, key: der },
      /^merchant\.key: cannot read the file \(the value, not shown: it looks like key material, not a path\) \((ENOENT: no such file or directory|ENAMETOOLONG: name too long)\); give PEM text/,
    ],
    [{ cert: pki.clientCert, key: `private.pkcs8://${der}` }, /^merchant\.key: cannot read the file \(the value, not shown/],
    [{ cert: pki.clientCert, key: `file:///${der}` }, /^merchant\.key: cannot read the file \(the value, not shown/],
    [
      { cert: pki.clientCert, key: `file://${der}` },
      /^merchant\.key: \(the value, not shown: it looks like key material, not a path\) is not a usable file:\/\/ URL/,
    ],
    [{ pfx, passphrase: pki.pfxPassphrase }, /^merchant\.pfx: cannot read the file \(the value, not shown.*Buffer\.from\(base64, 'base64'\)/],
    [{ pfx: pki.clientKey, passphrase: pki.pfxPassphrase }, /^merchant\.pfx: cannot read the file \(the value, not shown/],
    [{ cert: der, key: pki.clientKey }, /^merchant\.cert: cannot read the file \(the value, not shown/],
  ];
  const pieces = [der.slice(0, 40), der.slice(-40), pfx.slice(0, 40), pfx.slice(-40), pki.clientKey.split('\n')[1]!, pki.pfxPassphrase];
  for (const [merchant, message] of cases) {
    const error = thrown(() => Builder.factory({ mchid: MCHID, merchant: merchant as never }));
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
    for (const shown of [
      (error as Error).message,
      JSON.stringify(error),
      inspect(error, { depth: Infinity, showHidden: true }),
      String((error as Error).stack),
    ]) {
      for (const piece of pieces) expect(shown).not.toContain(piece);
    }
  }
});

test('a path to something that is not a regular file is refused by what it is, before it is opened', () => {
  const error = thrown(() => Builder.factory({ mchid: MCHID, merchant: { cert: pki.clientCert, key: pathToFileURL(pki.dir).href } }));
  expect((error as Error).message).toBe(
    `merchant.key: ${JSON.stringify(pki.dir)} is a directory, not a regular file; give PEM text (with its -----BEGIN line), a Buffer of it, or the path of a PEM file`,
  );
});

describe('regression: the merchant TLS key is not where a deep inspect or a logger reaches it', () => {
  /** What no rendering may contain: the key PEM (lines and base64 body), the pfx (base64, hex as a Buffer shows it) and the passphrase. */
  function secretsOf(): string[] {
    const body = pki.clientKey.split('\n').filter((line) => line && !line.startsWith('-----'));
    const hex = (bytes: Buffer) => [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');
    const pfx64 = pki.clientPfx.toString('base64');
    return [
      body[1]!,
      body.at(-2)!,
      body.join('').slice(100, 160),
      hex(Buffer.from(body[1]!).subarray(0, 24)),
      pfx64.slice(0, 48),
      pfx64.slice(-48),
      hex(pki.clientPfx.subarray(0, 24)),
      hex(pki.clientPfx.subarray(100, 124)),
      pki.pfxPassphrase,
    ];
  }
  const deep = (value: unknown) => inspect(value, { depth: Infinity, showHidden: true, maxArrayLength: Infinity, maxStringLength: Infinity });

  // Functions: test.each's table is built before beforeAll has made the PKI.
  test.each<[string, () => Record<string, unknown>]>([
    ['cert + key as PEM text', () => ({ cert: pki.clientCert, key: pki.clientKey })],
    ['cert + key as paths (read into Buffers)', () => ({ cert: pki.clientCertPath, key: pki.clientKeyPath })],
    ['a pfx with its passphrase', () => ({ pfx: pki.clientPfx, passphrase: pki.pfxPassphrase })],
  ])('%s: the server checked the client certificate; inspect(response) and inspect(wx) hold none of it', async (_name, given) => {
    const merchant = { ...given(), ca: pki.ca };
    const wx = client({ merchant });
    const response = await wx.v2.secapi.pay.refund.post(refund);
    expect(server.received.map((r) => r.clientCN)).toEqual([MCHID]);
    expect(server.checked[0]?.signOk).toBe(true);
    // What carries such a call: undici's dispatcher for the merchant certificate, made as the client makes it and used once.
    const transport = createDispatcher({ secureContext: merchantTlsOf(merchant, undefined).context }, false);
    await transport.request({ origin: new URL(server.url).origin, path: '/', method: 'GET' }).then(
      (answer) => answer.body.dump(),
      () => undefined,
    );
    const shown = [
      deep(response),
      deep(wx),
      deep(transport),
      deep(response.request),
      JSON.stringify(response.config, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value)),
    ];
    // The check can fail: the transport does hold the certificate, as a secure context.
    expect(deep(transport)).toMatch(/secureContext: SecureContext/);
    for (const text of shown) for (const secret of secretsOf()) expect(text).not.toContain(secret);
    await transport.close();
  });
});
