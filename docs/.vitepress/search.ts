/**
 * The site search (VitePress local search, MiniSearch) for a Chinese and English API reference.
 * `tokenize` and `boostDocument` run in the browser too: VitePress copies them there as source
 * text, so they may use nothing from outside their own bodies.
 */
import { readFileSync } from 'node:fs';

/**
 * Words for the index and for queries: Latin letters and digits in runs (`out_trade_no` is `out`,
 * `trade`, `no`), Chinese as overlapping pairs of characters (`申请退款`: 申请 请退 退款), so
 * that 关单 finds 关单API and 退款 finds 申请退款 with no dictionary. A title's placeholders
 * (`{refund_id}`) are left out: they would make a long path outweigh the page it hangs off.
 *
 * @example tokenize('Native下单API') // ['native', '下单', 'api']
 */
export function tokenize(text: string, field?: string): string[] {
  const tokens: string[] = [];
  const words = field === 'title' ? text.replace(/\{[^}]*\}/g, ' ') : text;
  for (const run of words.toLowerCase().match(/[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9]+/g) ?? []) {
    if (run.length < 3 || /^[a-z0-9]/.test(run)) tokens.push(run);
    else for (let i = 0; i + 1 < run.length; i += 1) tokens.push(run.slice(i, i + 2));
  }
  return tokens;
}

/**
 * How likely a page is the one meant, all else equal: the products most merchants use first
 * (payments, refunds, bills, the 2025 商家转账), APIv3 before APIv2, a merchant's own endpoint
 * before a service provider's or a platform's, the domestic one before its Hong Kong and global
 * variants, an endpoint before a guide's section about it, sandboxes and the contributors' pages
 * last, a shorter path before a longer one.
 */
export function boostDocument(id: string, _term: string, stored?: Record<string, unknown>): number {
  const products = Array.isArray(stored?.titles) ? String(stored.titles[0] ?? '').split(', ') : [];
  const common = ['基础支付', '基础支付∙退款', '基础支付∙账单', 'APIv2∙基础支付', 'APIv2∙基础支付∙退款', 'APIv2∙基础支付∙账单', '资金应用∙转账∙用户确认模式'];
  let boost = products.some((product) => common.includes(product)) ? 1.5 : 1;
  if (id.startsWith('/api/v2/')) boost *= 0.8;
  if (/\/(partner|ecommerce|platsolution)\//.test(id)) boost *= 0.6;
  if (/^\/api\/(hk|global|v3\/global)\//.test(id)) boost *= 0.5;
  if (/sandbox/.test(id)) boost *= 0.3;
  // A guide's section after the endpoint it is about; the contributors' pages (wire rules,
  // benchmarks, writing the docs) after the users'.
  if (!id.startsWith('/api/')) boost *= /^\/(protocol|benchmarks|contributing)\.html/.test(id) ? 0.3 : 0.6;
  // A resource before what hangs off it: v3/refund/domestic/refunds before …/{refund_id}/apply-abnormal-refund.
  return boost / (1 + id.split('/').length / 10);
}

/** One search entry: the page's title, its products (shown above the title) and what else to match. */
export interface Entry {
  anchor: string;
  titles: string[];
  text: string;
}

const BACKTICKS = /`+/g;

/**
 * An endpoint page (docs/api, generated) as one entry: its title (summaries and path), products,
 * WeChat's descriptions and the request and answer field names. The example code, tables and
 * notes are left out: they are alike on every page and would make the index megabytes.
 */
export function endpointEntry(markdown: string): Entry {
  const lines = markdown.split('\n');
  const title = (lines.find((line) => line.startsWith('# ')) ?? '').slice(2).replace(BACKTICKS, '');
  const products = new Set<string>();
  const lead: string[] = [];
  const words = new Set<string>();
  let inDescription = false;
  for (const line of lines) {
    if (line.startsWith('## ')) {
      inDescription = true;
      continue;
    }
    const product = /^- Product: (.+)$/.exec(line)?.[1];
    if (product) product.split(', ').forEach((p) => products.add(p));
    if (line.startsWith('- ') || line.startsWith('#')) inDescription = false;
    else if (inDescription && line.trim()) lead.push(line.trim());
    const field = /^\| (?:(?:&emsp;)*[├└]&nbsp;)?`([^`]+)` \|/.exec(line)?.[1];
    if (field) words.add(field);
  }
  const text = `${[...new Set(lead)].join(' ')}\n${[...words].join(' ')}`;
  return { anchor: '', titles: [[...products].join(', '), title].filter(Boolean), text };
}

/**
 * The fields MiniSearch reads from an entry: VitePress's three, with the first line of the text
 * apart as `lead` (an endpoint's descriptions), which weighs more than the rest (its field names).
 */
export function extractField(document: Record<string, unknown>, field: string): unknown {
  if (field !== 'lead' && field !== 'text') return document[field];
  const text = String(document.text ?? '');
  const end = text.indexOf('\n');
  if (field === 'lead') return end < 0 ? text : text.slice(0, end);
  return end < 0 ? '' : text.slice(end + 1);
}

/** Whether a page (path relative to docs/) is an endpoint page or the endpoint index. */
export const isApiPage = (relativePath: string): boolean => relativePath.startsWith('api/');

/**
 * The entries of a page, for VitePress's `_splitIntoSections`: one for an endpoint page, read
 * from its Markdown; undefined for a guide, which VitePress splits at its headings.
 */
export function apiSections(file: string, relativePath: string): Entry[] | undefined {
  if (!isApiPage(relativePath)) return undefined;
  // The index lists every endpoint: the endpoints themselves are what a search should find.
  return relativePath === 'api/README.md' ? [] : [endpointEntry(readFileSync(file, 'utf8'))];
}
