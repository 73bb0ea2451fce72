import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findChromium } from './browser';

// How the site test (npm run test:site) finds its browser, checked without one.
let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'wechatpay-browser-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('CHROMIUM_PATH names the browser when it is an executable file', () => {
  const browser = path.join(dir, 'chromium');
  writeFileSync(browser, '#!/bin/sh\n', { mode: 0o755 });
  expect(findChromium({ CHROMIUM_PATH: browser })).toBe(browser);
});

test('a CHROMIUM_PATH that is not executable fails at once, saying what to install', () => {
  const notExecutable = path.join(dir, 'notes.txt');
  writeFileSync(notExecutable, 'not a browser', { mode: 0o644 });
  expect(() => findChromium({ CHROMIUM_PATH: notExecutable })).toThrow(/not an executable file: install one \(Debian\/Ubuntu: apt-get install -y chromium fonts-noto-cjk\)/);
  expect(() => findChromium({ CHROMIUM_PATH: path.join(dir, 'missing') })).toThrow(/CHROMIUM_PATH is .*missing/);
});
