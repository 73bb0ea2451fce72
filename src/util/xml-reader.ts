import { ParseError } from '../errors';

/**
 * How deeply `Transformer.toArray` lets elements nest, the root included. WeChat Pay documents
 * are two or three levels deep; the limit keeps a hostile answer from exhausting memory.
 */
export const MAX_XML_DEPTH = 64;

/** Element names are stored with this prefix, so `<constructor>` or `<_>` cannot meet a member or the text key. */
export const NAME_PREFIX = 'k:';
/** Where an element that holds both text and elements keeps its text (xml2js' `charkey`). */
export const TEXT_KEY = '_';

const fail = (reason: string) => new ParseError(`Cannot parse XML: ${reason}`);
const TRAILING = fail('expected one root element and nothing after it');
const TOO_DEEP = () => fail(`elements are nested deeper than ${MAX_XML_DEPTH} levels; no WeChat Pay document is`);

// XML 1.0 name characters (NameStartChar, NameChar), per UTF-16 unit.
const START =
  'A-Za-z_:\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const BODY = `${START}.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040-`;
// The combining marks (U+0300–U+036F) are a range of NameChar of their own, not a character's accents.
// eslint-disable-next-line no-misleading-character-class
const NAME = new RegExp(`[${START}][${BODY}]*`, 'y');
// eslint-disable-next-line no-misleading-character-class
const REFERENCE = new RegExp(`&([${START}#][${BODY}#]*);`, 'y');
const SPACE = /[ \n\r\t]*/y;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An element being read: its fields so far (text under TEXT_KEY), and whether it held CDATA. */
interface Open {
  readonly name: string;
  readonly fields: Record<string, unknown>;
  cdata: boolean;
}

function match(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function character(reference: string): string {
  const lower = reference.toLowerCase();
  const named = Object.prototype.hasOwnProperty.call(NAMED, lower) ? NAMED[lower] : undefined;
  if (named !== undefined) return named;
  const hex = lower.startsWith('#x');
  const digits = lower.slice(hex ? 2 : 1).replace(/^0+/, '');
  const code = Number.parseInt(digits, hex ? 16 : 10);
  if (!reference.startsWith('#') || !(code > 0 && code <= 0x10ffff) || code.toString(hex ? 16 : 10) !== digits) {
    throw fail(`&${reference}; is not a character XML knows`);
  }
  return String.fromCodePoint(code);
}

/** `raw` with its references (`&amp;`, `&#20013;`) replaced; a bare `&` is refused. */
function decode(raw: string): string {
  if (!raw.includes('&')) return raw;
  let out = '';
  let at = 0;
  for (let amp = raw.indexOf('&'); amp >= 0; amp = raw.indexOf('&', at)) {
    const reference = match(REFERENCE, raw, amp);
    if (!reference) throw fail('an & that starts no reference (write &amp;)');
    out += raw.slice(at, amp) + character(reference[1]!);
    at = REFERENCE.lastIndex;
  }
  return out + raw.slice(at);
}

/** The index just past `close`, searched from `from`; refuses a construct left open. */
function past(text: string, from: number, close: string, what: string): number {
  const end = text.indexOf(close, from);
  if (end < 0) throw fail(`${what} is never closed`);
  return end + close.length;
}

/** Reads an open tag's attributes (checked, then dropped) up to `>` or `/>`; returns [index after, self-closed]. */
function readAttributes(text: string, at: number): [number, boolean] {
  for (;;) {
    const space = match(SPACE, text, at)![0].length;
    at += space;
    if (text[at] === '>') return [at + 1, false];
    if (text.startsWith('/>', at)) return [at + 2, true];
    const name = match(NAME, text, at);
    if (!name || space === 0) throw fail(`unexpected ${JSON.stringify(text[at] ?? 'end of text')} in a tag`);
    at += name[0].length;
    at += match(SPACE, text, at)![0].length;
    if (text[at] !== '=') throw fail(`attribute ${name[0]} has no value`);
    at += 1 + match(SPACE, text, at + 1)![0].length;
    const quote = text[at];
    if (quote !== '"' && quote !== "'") throw fail(`attribute ${name[0]}'s value is not quoted`);
    const end = text.indexOf(quote, at + 1);
    if (end < 0) throw fail(`attribute ${name[0]}'s value is never closed`);
    decode(text.slice(at + 1, end));
    at = end + 1;
  }
}

/** The value an element closes to, as xml2js gives it (explicitArray false, emptyTag ''). */
function valueOf(open: Open): unknown {
  const { fields } = open;
  const text = fields[TEXT_KEY] as string;
  if (/^\s*$/.test(text) && !open.cdata) {
    delete fields[TEXT_KEY];
    return Object.keys(fields).length === 0 ? text : fields;
  }
  return Object.keys(fields).length === 1 ? text : fields;
}

function add(fields: Record<string, unknown>, key: string, value: unknown): void {
  const held = fields[key];
  if (held === undefined) fields[key] = value;
  else if (Array.isArray(held)) held.push(value);
  else fields[key] = [held, value];
}

/**
 * Reads one XML document into what xml2js gives with the SDK's options (`explicitArray: false`,
 * `explicitRoot: false`, `ignoreAttrs`, `emptyTag: ''`, strict, no trimming), element names under
 * NAME_PREFIX: a string for a text-only root, otherwise a dictionary. One pass, no recursion:
 * refuses a DOCTYPE-free document that is malformed, nested deeper than MAX_XML_DEPTH, or followed
 * by anything but white space. Attributes are checked and dropped; comments and processing
 * instructions are skipped; CR is kept (as xml2js keeps it).
 */
export function readXml(text: string): unknown {
  const stack: Open[] = [];
  let done: { value: unknown } | undefined;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (at < text.length) {
    const lt = text.indexOf('<', at);
    const raw = text.slice(at, lt < 0 ? text.length : lt);
    const top = stack[stack.length - 1];
    if (top) top.fields[TEXT_KEY] += decode(raw);
    else if (!/^[ \n\r\t]*$/.test(raw)) throw done ? TRAILING : fail('text before the root element');
    if (lt < 0) break;
    if (done) throw TRAILING;
    at = readMarkup(text, lt, stack, (value) => (done = { value }));
  }
  if (stack.length > 0) throw fail(`<${stack[stack.length - 1]!.name}> is never closed`);
  if (!done) throw fail('no XML element found');
  return done.value;
}

/** Reads the markup at `lt` (a tag, comment, CDATA or processing instruction); returns the index after it. */
function readMarkup(text: string, lt: number, stack: Open[], root: (value: unknown) => void): number {
  const top = stack[stack.length - 1];
  if (text.startsWith('<!--', lt)) {
    const end = past(text, lt + 4, '-->', 'a comment');
    const body = text.slice(lt + 4, end - 3);
    if (body.includes('--') || body.endsWith('-')) throw fail('a comment holds --');
    return end;
  }
  if (text.startsWith('<![CDATA[', lt)) {
    if (!top) throw fail('CDATA outside the root element');
    const end = past(text, lt + 9, ']]>', 'a CDATA section');
    top.fields[TEXT_KEY] += text.slice(lt + 9, end - 3);
    top.cdata = true;
    return end;
  }
  if (text.startsWith('<?', lt)) return past(text, lt + 2, '?>', 'a processing instruction');
  if (text[lt + 1] === '/') return closeTag(text, lt, stack, root);
  const name = match(NAME, text, lt + 1);
  if (!name) throw fail('a < that starts no tag (write &lt;)');
  const [after, closed] = readAttributes(text, lt + 1 + name[0].length);
  if (stack.length >= MAX_XML_DEPTH) throw TOO_DEEP();
  stack.push({ name: name[0], fields: { [TEXT_KEY]: '' }, cdata: false });
  if (closed) finish(stack, root);
  return after;
}

function closeTag(text: string, lt: number, stack: Open[], root: (value: unknown) => void): number {
  const name = match(NAME, text, lt + 2);
  const top = stack[stack.length - 1];
  if (!name || !top || name[0] !== top.name) {
    throw fail(top ? `</${name?.[0] ?? ''}> where </${top.name}> was expected` : 'a closing tag with nothing open');
  }
  const end = lt + 2 + name[0].length + match(SPACE, text, lt + 2 + name[0].length)![0].length;
  if (text[end] !== '>') throw fail(`</${name[0]} is not closed by >`);
  finish(stack, root);
  return end + 1;
}

function finish(stack: Open[], root: (value: unknown) => void): void {
  const open = stack.pop()!;
  const parent = stack[stack.length - 1];
  if (parent) add(parent.fields, NAME_PREFIX + open.name, valueOf(open));
  else root(valueOf(open));
}
