/**
 * A fast path for the XML WeChat Pay actually sends: one root holding flat elements, each plain
 * text (no `<`, `&` or CR) or one CDATA section, no attributes, no repeated names. Anything else
 * (entities, nested or repeated elements, split CDATA, attributes, comments…) returns undefined
 * and goes to the general reader (xml-reader.ts), so both paths give the same dictionary; a test holds them to that.
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
