/**
 * Markdown text helpers for the endpoint pages. Descriptions are WeChat's Markdown; they are kept
 * as Markdown, but made safe both for GitHub and for the site (VitePress compiles pages as Vue
 * templates, so a stray `<tag` or `{{` would break the build).
 */

const BREAK = /<br\s*\/?>/gi;

/** `text` with raw HTML and Vue interpolation neutralised; line breaks kept as `\n`. */
export function safeText(text: string): string {
  return text.replace(BREAK, '\n').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\{\{/g, '&#123;&#123;').replace(/\}\}/g, '&#125;&#125;');
}

/** One table cell: safe text on one line (`<br>` between lines), `|` escaped. */
export function cell(text: string): string {
  return safeText(text)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('<br>')
    .replace(/\|/g, '\\|');
}

/** Inline code that survives backticks in its text. */
export function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${fence.length > 1 ? ' ' : ''}${text}${fence.length > 1 ? ' ' : ''}${fence}`;
}

/** A Markdown table; cells are written as given (escape them with `cell`). */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A fenced code block. */
export function fence(language: string, body: string): string {
  return `\`\`\`${language}\n${body.trimEnd()}\n\`\`\``;
}

const LINK = /\[([^\]]*)\]\(([^)\s]+)\)/g;

/** The Markdown links of `text` whose URL is on pay.weixin.qq.com: WeChat's own pages. */
export function officialLinks(text: string): Array<{ label: string; url: string }> {
  const links = [...text.matchAll(LINK)].map(([, label = '', url = '']) => ({ label: label.trim() || '官方文档', url }));
  const official = links.filter((link) => /^https:\/\/pay\.weixin\.qq\.com\//.test(link.url));
  return official.filter((link, i) => official.findIndex((other) => other.url === link.url) === i);
}

/** WeChat's documentation sites, newest first: a description often links the same page on several. */
const DOC_SITES = [/\/doc\/v[23]\//, /\/docs\/(merchant|partner)\//, /\/doc\/global\//, /./];

/**
 * The one WeChat page a section links to: on the newest documentation site the description links,
 * the service-provider (partner) edition for a path of a service provider, else the merchant's.
 */
export function officialLink(text: string, chainPath: string): { label: string; url: string } | undefined {
  const links = officialLinks(text);
  const site = DOC_SITES.findIndex((pattern) => links.some((link) => pattern.test(link.url)));
  const newest = links.filter((link) => DOC_SITES[site]?.test(link.url));
  const partner = /(^|\/)partner(\/|$)/.test(chainPath);
  return newest.find((link) => /\/partner\//.test(link.url) === partner) ?? newest[0];
}

/** `text` without its links to WeChat's pages (they are listed on their own); other links kept. */
export function withoutOfficialLinks(text: string): string {
  return text
    .replace(LINK, (whole, _label: string, url: string) => (/^https:\/\/pay\.weixin\.qq\.com\//.test(url) ? '' : whole))
    .replace(/[ \t]+$/gm, '')
    .trim();
}
