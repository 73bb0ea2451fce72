import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, MAX_KEY_FILE_BYTES, Rsa } from '../../src';

// A key or certificate given as a path is read no further than MAX_KEY_FILE_BYTES: a path to a
// log or a procfs file is refused by name, not read whole into memory.
const dir = mkdtempSync(join(tmpdir(), 'wechatpay-key-limit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const overLimit = /is over 1048576 bytes \(MAX_KEY_FILE_BYTES\), too large for a key/;

test('the limit has a name and a default of 1 MiB', () => {
  expect(MAX_KEY_FILE_BYTES).toBe(1024 * 1024);
});

test('a key file one byte over the limit is refused by name, as a private key and as a merchant certificate', () => {
  const path = join(dir, 'big.pem');
  writeFileSync(path, Buffer.alloc(MAX_KEY_FILE_BYTES + 1, 0x41));
  expect(() => Rsa.from(path, 'private')).toThrow(overLimit);
  expect(() => Builder.factory({ mchid: '1900000109', secret: 'x'.repeat(32), merchant: { cert: path, key: path } })).toThrow(
    /merchant\.cert: .* is over 1048576 bytes \(MAX_KEY_FILE_BYTES\), too large for a key or certificate/,
  );
});

test('regression: a file whose stat says 0 bytes (Linux procfs) is read only up to the limit, then refused', () => {
  const procfs = '/proc/kallsyms';
  expect(statSync(procfs)).toMatchObject({ size: 0 });
  expect(readFileSync(procfs).length).toBeGreaterThan(MAX_KEY_FILE_BYTES);
  expect(() => Rsa.from(procfs, 'private')).toThrow(overLimit);
  expect(() => Builder.factory({ mchid: '1900000109', secret: 'x'.repeat(32), merchant: { cert: procfs, key: procfs } })).toThrow(
    /is over 1048576 bytes \(MAX_KEY_FILE_BYTES\)/,
  );
});
