/**
 * A fast path for the flat XML WeChat Pay sends; anything else returns undefined and goes to the
 * general reader (xml-reader.ts), and a test holds both paths to the same dictionary.
 */
const PROLOG = /\s*(?:<\?xml[^?>]*\?>\s*)?<([A-Za-z_][\w.-]*)>/y;
const ELEMENT = /\s*<([A-Za-z_][\w.-]*)>(?:<!\[CDATA\[([\s\S]*?)\]\]>|([^<&]*))<\/\1>/y;
const CLOSE = /\s*<\/([A-Za-z_][\w.-]*)>\s*$/y;

export function parseFlatXml(text: string): Record<string, string> | undefined {
  if (text.includes('\r')) return undefined; // XML normalises line ends: leave that to the parser
  PROLOG.lastIndex = 0;
  const root = PROLOG.exec(text);
  if (!root) return undefined;
  const out: Record<string, string> = {};
  let at = PROLOG.lastIndex;
  // Bounded: every match consumes at least one element.
  for (;;) {
    CLOSE.lastIndex = at;
    const close = CLOSE.exec(text);
    if (close) return close[1] === root[1] && Object.keys(out).length > 0 ? out : undefined;
    ELEMENT.lastIndex = at;
    const element = ELEMENT.exec(text);
    if (!element) return undefined;
    const name = element[1]!;
    if (name === '__proto__' || Object.prototype.hasOwnProperty.call(out, name)) return undefined;
    // The lazy CDATA match can reach across `]]><![CDATA[` into a split section: not flat.
    if (element[2]?.includes(']]>')) return undefined;
    out[name] = element[2] ?? element[3] ?? '';
    at = ELEMENT.lastIndex;
  }
}
