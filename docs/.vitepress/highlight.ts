/**
 * A small TypeScript highlighter for the endpoint pages' code. Shiki, which colours the guides,
 * takes some 36 ms of CPU a block (measured on this machine); on the 1,150 blocks of docs/api that
 * is most of a site build. These blocks are generated and simple (imports, an options literal,
 * calls, comments), so a few token kinds in Shiki's own colours (github-light/-dark, through the
 * same --shiki-* variables, see theme/style.css) render them the same.
 */

const TOKEN =
  /(\/\/[^\n]*)|('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`)|\b(import|from|const|let|await|async|type|new|return|if|else|try|catch|throw|declare|typeof|export|function|for|of|in|as)\b|\b(true|false|null|undefined|\d+(?:\.\d+)?)\b|([A-Za-z_$][\w$]*)(?=\()/g;

/** The class of each capture group of TOKEN: comment, string, keyword, number or constant, function. */
const KINDS = ['c', 's', 'k', 'n', 'f'] as const;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * `code` as the HTML of a highlighted block: VitePress's `<pre class="vp-code">` with a span per
 * token (`tk-k`, `tk-s`, …), `v-pre` so that Vue leaves `{{` alone.
 *
 * @example highlightTs("const a = 'b';") // '<pre v-pre class="shiki vp-code"><code><span class="tk-k">const</span> a = <span class="tk-s">&#39;b&#39;</span>;</code></pre>'
 */
export function highlightTs(code: string): string {
  let html = '';
  let last = 0;
  for (const match of code.matchAll(TOKEN)) {
    const group = match.slice(1).findIndex((value) => value !== undefined);
    html += `${escape(code.slice(last, match.index))}<span class="tk-${KINDS[group]}">${escape(match[0])}</span>`;
    last = (match.index ?? 0) + match[0].length;
  }
  return `<pre v-pre class="shiki vp-code"><code>${html}${escape(code.slice(last))}</code></pre>`;
}
