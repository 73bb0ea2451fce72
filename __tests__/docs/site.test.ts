import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findChromium } from './browser';

// The documentation site (VitePress, `npm run docs:build`) in headless Chromium: the search finds
// the seed endpoint by `payitil` and its page shows the six call styles. The site is built here
// unless a build newer than every page is there already (.ci/run builds it before the tests).
const ROOT = path.resolve(__dirname, '../..');
const DOCS = path.join(ROOT, 'docs');
const DIST = path.join(DOCS, '.vitepress', 'dist');
const BUILT = path.join(DIST, 'hashmap.json');
/** The vitepress command (its `bin`; the package exports no path to it). */
const VITEPRESS = path.join(path.dirname(require.resolve('vitepress/package.json')), 'bin', 'vitepress.js');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The newest modification time of the site's sources: every Markdown file and the config. */
function newestSource(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'dist' || entry.name === 'cache' ? newest : Math.max(newest, newestSource(full));
    return /\.(md|mts)$/.test(entry.name) ? Math.max(newest, statSync(full).mtimeMs) : newest;
  }, 0);
}

function buildSite(): void {
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs > newestSource(DOCS)) return;
  const started = Date.now();
  const result = spawnSync(process.execPath, [VITEPRESS, 'build', 'docs'], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
  if (result.status !== 0) throw new Error(`vitepress build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  console.log(`built the site in ${Date.now() - started} ms`);
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

/** The file a URL path names in the build: `/` is index.html, `/a/b` may be `/a/b.html`. */
function fileOf(urlPath: string): string | undefined {
  const wanted = path.resolve(DIST, `.${decodeURIComponent(urlPath)}`);
  if (wanted !== DIST && !wanted.startsWith(`${DIST}${path.sep}`)) return undefined;
  const candidates = urlPath.endsWith('/') ? [path.join(wanted, 'index.html')] : [wanted, `${wanted}.html`];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

function startStatic(): Promise<Server> {
  const server = createServer((req, res) => {
    const file = fileOf(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!file) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let server: Server | undefined;
let context: BrowserContext | undefined;
let profile: string | undefined;
let origin = '';

beforeAll(async () => {
  // Before the site is built: without a browser the test fails at once, saying what to install.
  const executablePath = findChromium();
  buildSite();
  server = await startStatic();
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  profile = mkdtempSync(path.join(tmpdir(), 'wechatpay-site-chromium-'));
  context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: ARGS });
}, 600_000);

afterAll(async () => {
  await context?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function search(page: Page, text: string) {
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: 'Search' }).first().click();
  const input = page.locator('#localsearch-input');
  await input.fill(text);
  return page.locator('.VPLocalSearchBox .results .result');
}

test('searching payitil finds 交易保障; picking it lands on v2/payitil/report with its six call styles', async () => {
  const page = await (context as BrowserContext).newPage();
  const results = await search(page, 'payitil');
  // Other pages (the wire rules, the CLI guide) speak of 交易保障 too: the endpoint's page is titled 交易保障 · v2/payitil/report.
  const seed = results.filter({ hasText: '交易保障 · v2/payitil/report' }).first();
  await seed.waitFor({ timeout: 30_000 });
  await seed.click();
  await page.waitForURL(/\/api\/v2\/payitil\/report\.html(#.*)?$/);
  await expect(page.locator('h1').textContent()).resolves.toMatch(/交易保障 · v2\/payitil\/report/);
  const code = await page.locator('div[class*="language-ts"] pre').allTextContents();
  const styles = code.find((text) => text.includes('const byPath')) ?? '';
  for (const call of [
    'wx.v2.payitil.report.postAsync(options)',
    "wx.chain('v2/payitil/report').postAsync(options)",
    "wx['v2/payitil/report'].postAsync(options)",
    'wx.v2.payitil.report.post(options)',
    "wx.chain('v2/payitil/report').post(options)",
    "wx['v2/payitil/report'].post(options)",
  ]) {
    expect(styles).toContain(call);
  }
  await page.close();
}, 120_000);

test('a search for what no page holds lists nothing', async () => {
  const page = await (context as BrowserContext).newPage();
  await search(page, 'zzqqxxnotathing');
  await page.locator('.VPLocalSearchBox .no-results').waitFor({ timeout: 30_000 });
  await expect((await search(page, 'zzqqxxnotathing')).count()).resolves.toBe(0);
  await page.close();
}, 120_000);
