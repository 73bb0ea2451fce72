import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findChromium } from './browser';

// The documentation site (VitePress, `npm run docs:build`) in headless Chromium: the search puts
// the endpoint a user means first, in Chinese and in English; every page has the API tree by
// product; endpoint pages show highlighted calls, one official link, no SDK-set header as an
// input, and Chinese in a real font. The site is built here unless a build newer than every page
// is there already (.ci/run builds it before the tests).
const ROOT = path.resolve(__dirname, '../..');
const DOCS = path.join(ROOT, 'docs');
const DIST = path.join(DOCS, '.vitepress', 'dist');
const BUILT = path.join(DIST, 'hashmap.json');
/** The vitepress command (its `bin`; the package exports no path to it). */
const VITEPRESS = path.join(path.dirname(require.resolve('vitepress/package.json')), 'bin', 'vitepress.js');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The newest modification time of the site's sources: the Markdown, the config, the theme, the API tree. */
function newestSource(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'dist' || entry.name === 'cache' ? newest : Math.max(newest, newestSource(full));
    return /\.(md|mts|ts|vue|css|json)$/.test(entry.name) ? Math.max(newest, statSync(full).mtimeMs) : newest;
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
  // The URL changes before the page does (client-side navigation): wait for the new heading.
  await page.locator('h1', { hasText: /交易保障 · v2\/payitil\/report/ }).waitFor();
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

/** The result links once the list has stopped changing (the index loads, then a 200 ms debounce). */
async function settledResults(page: Page): Promise<string[]> {
  const read = () => page.locator('.VPLocalSearchBox .results .result').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  let previous: string[] = [];
  for (let round = 0; round < 60; round += 1) {
    const hrefs = await read();
    if (hrefs.length > 0 && hrefs.join() === previous.join()) return hrefs;
    previous = hrefs;
    await page.waitForTimeout(500);
  }
  return previous;
}

// What a merchant types, and the page they mean: the domestic endpoint before its HK (hk/…) and
// global (v3/global/…) variants, APIv3 before APIv2 unless only APIv2 has the name (查询订单,
// 下载对账单 are the APIv2 names), a merchant's own endpoint before a service provider's.
const SEARCHES: Array<[string, string]> = [
  ['关单', '/api/v3/pay/transactions/out-trade-no/_out_trade_no_/close.html'],
  ['申请退款', '/api/v3/refund/domestic/refunds.html'],
  ['查询订单', '/api/v2/pay/orderquery.html'],
  ['下载对账单', '/api/v2/pay/downloadbill.html'],
  ['商家转账', '/api/v3/fund-app/mch-transfer/transfer-bills.html'],
  ['payitil', '/api/v2/payitil/report.html'],
  ['native', '/api/v3/pay/transactions/native.html'],
  ['refund', '/api/v3/refund/domestic/refunds.html'],
  ['jsapi', '/api/v3/pay/transactions/jsapi.html'],
];

test.each(SEARCHES)('searching %s lists %s first, each endpoint page once', async (text, first) => {
  const page = await (context as BrowserContext).newPage();
  await search(page, text);
  const hrefs = await settledResults(page);
  // Before the guides' sections about it too (the FAQ on 商家转账, the wire rules on payitil).
  expect(hrefs[0]).toBe(first);
  const endpoints = hrefs.filter((href) => href.startsWith('/api/'));
  // One entry per endpoint page, at its top: no section of it listed apart.
  expect(endpoints.filter((href) => href.includes('#'))).toEqual([]);
  expect(new Set(endpoints).size).toBe(endpoints.length);
  // A variant abroad never comes before the domestic endpoint.
  const abroad = hrefs.findIndex((href) => /^\/api\/(hk|global|v3\/global)\//.test(href));
  expect(abroad === -1 || abroad > hrefs.indexOf(first)).toBe(true);
  await page.close();
}, 120_000);

test('关单 lists the close-order endpoints, not the compensation bills whose text mentions 关单', async () => {
  const page = await (context as BrowserContext).newPage();
  await search(page, '关单');
  const top = (await settledResults(page)).slice(0, 4);
  expect(top.every((href) => /close/.test(href))).toBe(true);
  await page.close();
}, 120_000);

test('an endpoint page has the API tree by product: its group and product open, itself marked; the rest opens on a click', async () => {
  const page = await (context as BrowserContext).newPage();
  const html = await (await fetch(`${origin}/api/v3/refund/domestic/refunds.html`)).text();
  // Only the open product's pages are in the HTML, not the thousand links of the whole tree.
  expect((html.match(/<a [^>]*href="\/api\//g) ?? []).length).toBeLessThan(60);
  await page.goto(`${origin}/api/v3/refund/domestic/refunds.html`);
  const tree = page.locator('.VPSidebar nav.api-nav');
  await expect(tree.locator('a.active').getAttribute('href')).resolves.toBe('/api/v3/refund/domestic/refunds.html');
  const expanded = await tree.locator('button[aria-expanded="true"]').allTextContents();
  expect(expanded.map((text) => text.trim())).toEqual(['基础支付', '退款']);
  await tree.getByRole('button', { name: '资金应用', exact: true }).click();
  await tree.getByRole('button', { name: '转账∙用户确认模式', exact: true }).click();
  // The service provider's 发起转账 is in the same product, told apart by its path.
  await expect(tree.getByRole('link', { name: '发起转账 (partner)', exact: true }).getAttribute('href')).resolves.toBe(
    '/api/v3/fund-app/mch-transfer/partner/transfer-bills.html',
  );
  await tree.getByRole('link', { name: '发起转账', exact: true }).click();
  await page.waitForURL(/\/api\/v3\/fund-app\/mch-transfer\/transfer-bills\.html$/);
  await page.locator('h1', { hasText: /发起转账 · v3\/fund-app\/mch-transfer\/transfer-bills/ }).waitFor();
  await expect(tree.locator('a.active').getAttribute('href')).resolves.toBe('/api/v3/fund-app/mch-transfer/transfer-bills.html');
  await page.close();
}, 120_000);

test("an endpoint page: its calls highlighted, one link to WeChat's documentation, no SDK-set header asked for", async () => {
  const page = await (context as BrowserContext).newPage();
  await page.goto(`${origin}/api/v3/refund/domestic/refunds.html`);
  // Browser code as text: this project's TypeScript has no DOM types.
  const colour = (selector: string) => page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).color`) as Promise<string>;
  const code = 'div[class*="language-ts"] pre';
  const colours = { keyword: await colour(`${code} .tk-k`), string: await colour(`${code} .tk-s`), plain: await colour(`${code} code`) };
  expect(new Set([colours.keyword, colours.string, colours.plain]).size).toBe(3);
  await expect(page.locator('.vp-doc a[href^="https://pay.weixin.qq.com/"]').count()).resolves.toBe(1);
  // Wechatpay-Serial is set by the SDK (the page says so under the table); the table does not ask for it.
  await page.goto(`${origin}/api/v3/profitsharing/receivers/add.html`);
  const rows = await page.locator('.vp-doc table').first().locator('tr').allTextContents();
  expect(rows.some((row) => row.includes('Wechatpay-Serial'))).toBe(false);
  expect(rows.some((row) => /\bunknown\b/.test(row))).toBe(false);
  await expect(page.locator('.vp-doc').textContent()).resolves.toContain('Wechatpay-Serial is set by the SDK');
  await page.close();
}, 120_000);

test('Chinese renders in a font that has it (fonts-noto-cjk), not as the same empty box for every character', async () => {
  const page = await (context as BrowserContext).newPage();
  await page.goto(`${origin}/`);
  // Each character drawn on a canvas: without a CJK font both are the same missing-glyph box.
  const drawn = (character: string) =>
    page.evaluate(
      `(() => { const canvas = document.createElement('canvas'); canvas.width = 48; canvas.height = 48; const ink = canvas.getContext('2d'); ink.font = '40px sans-serif'; ink.fillText(${JSON.stringify(character)}, 4, 40); return canvas.toDataURL(); })()`,
    ) as Promise<string>;
  const [first, second] = [await drawn('申'), await drawn('请')];
  expect(first).not.toBe(second);
  await page.close();
}, 120_000);
