import { ParseError } from '../errors';

/**
 * How deeply `Transformer.toArray` lets elements nest, the root included. WeChat Pay documents
 * are two or three levels deep; the limit keeps a hostile answer from exhausting the stack.
 */
export const MAX_XML_DEPTH = 64;

const TRAILING = 'Cannot parse XML: expected one root element and nothing after it';

/** Where the tag opened at `lt` ends (its `>`), skipping quoted attribute values; -1 if never. */
function tagEnd(text: string, lt: number): number {
  let quote = '';
  for (let at = lt + 1; at < text.length; at += 1) {
    const c = text[at];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return at;
  }
  return -1;
}

/** The index just past the construct opened at `lt` that is not an element (comment, CDATA, PI), or -1. */
function skipNonElement(text: string, lt: number): number {
  for (const [open, close] of [
    ['<!--', '-->'],
    ['<![CDATA[', ']]>'],
    ['<?', '?>'],
  ] as const) {
    if (text.startsWith(open, lt)) {
      const end = text.indexOf(close, lt + open.length);
      return end < 0 ? text.length : end + close.length;
    }
  }
  return -1;
}

/** What the parser does not check: one root and nothing after it, no deeper than `MAX_XML_DEPTH` (tags only: bounded work). */
export function checkXmlShape(text: string): void {
  let depth = 0;
  let closedRoot = false;
  let at = 0;
  while (at < text.length) {
    const lt = text.indexOf('<', at);
    if (closedRoot && text.slice(at, lt < 0 ? text.length : lt).trim() !== '') throw new ParseError(TRAILING);
    if (lt < 0) return;
    const skipped = skipNonElement(text, lt);
    if (skipped >= 0) {
      if (closedRoot) throw new ParseError(TRAILING);
      at = skipped;
      continue;
    }
    const end = tagEnd(text, lt);
    if (end < 0) return; // an unterminated tag: the parser explains
    if (closedRoot) throw new ParseError(TRAILING);
    if (text[lt + 1] === '/') depth -= 1;
    else if (text[end - 1] !== '/') depth += 1;
    if (depth > MAX_XML_DEPTH) throw new ParseError(`Cannot parse XML: elements are nested deeper than ${MAX_XML_DEPTH} levels; no WeChat Pay document is`);
    if (depth <= 0) closedRoot = true;
    at = end + 1;
  }
}
