/**
 * The site's navigation tree of the API (docs/.vitepress/api-nav.json): products grouped under
 * their first name (`基础支付∙退款` under `基础支付`), each product's pages in path order. The
 * site's sidebar renders it (docs/.vitepress/theme); the pages themselves do not depend on it.
 */
import type { Operation, Spec } from '../load';
import { byPath, pageFile, productOrder, tagsOf } from './index';

export const NAV_FILE = 'docs/.vitepress/api-nav.json';

/** A page in the tree: its summaries (or its path, when it has none) and its file without `.md`. */
export type NavPage = [text: string, page: string];

export interface NavProduct {
  /** The product's name after its group's (`退款` in `基础支付∙退款`); '' for the group's own. */
  text: string;
  pages: NavPage[];
}

export interface NavGroup {
  text: string;
  products: NavProduct[];
}

const SEPARATOR = '∙';

function pageOf(operations: readonly Operation[]): NavPage {
  const summaries = [...new Set(operations.map((o) => (typeof o.op.summary === 'string' ? o.op.summary.trim() : '')).filter(Boolean))];
  const chainPath = operations[0]?.chainPath ?? '';
  return [summaries.join(' / ') || chainPath, pageFile(chainPath).replace(/\.md$/, '')];
}

/**
 * Pages of one product that share a name (发起转账, the merchant's and the service provider's)
 * get the path segments only theirs in brackets: 发起转账 and 发起转账 (partner).
 */
function distinguished(pages: readonly NavPage[]): NavPage[] {
  return pages.map(([text, page]) => {
    const namesakes = pages.filter(([other]) => other === text).map(([, other]) => other.split('/'));
    if (namesakes.length < 2) return [text, page];
    const own = page.split('/').filter((segment) => !namesakes.every((segments) => segments.includes(segment)));
    return [own.length ? `${text} (${own.join('/')})` : text, page];
  });
}

/** The tree, product by product in the index's order. */
export function navTree(spec: Spec, operations: readonly Operation[]): NavGroup[] {
  const paths = byPath(operations);
  const groups: NavGroup[] = [];
  for (const product of productOrder(spec, operations)) {
    const [group = product, ...rest] = product.split(SEPARATOR);
    const listed = [...paths.values()].filter((ops) => ops.some((o) => tagsOf(o).includes(product)));
    let target = groups.find((g) => g.text === group);
    if (!target) groups.push((target = { text: group, products: [] }));
    target.products.push({ text: rest.join(SEPARATOR), pages: distinguished(listed.map(pageOf)) });
  }
  return groups;
}

/** The tree as JSON, a product a line, so that a change of the description reads as a small diff. */
export function emitNav(spec: Spec, operations: readonly Operation[]): string {
  const groups = navTree(spec, operations).map(
    (group) => `  {"text":${JSON.stringify(group.text)},"products":[\n${group.products.map((p) => `    ${JSON.stringify(p)}`).join(',\n')}\n  ]}`,
  );
  return `[\n${groups.join(',\n')}\n]\n`;
}
