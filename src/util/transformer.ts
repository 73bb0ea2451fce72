import { InvalidRequestError, ParseError } from '../errors';
import { loneSurrogate } from './encode';
import { parseFlatXml } from './flat-xml';
import { MAX_XML_DEPTH, NAME_PREFIX, readXml } from './xml-reader';

export { MAX_XML_DEPTH };

/** A parsed APIv2 answer: strings, lists of repeated siblings, nested dictionaries. */
export interface Dictionary {
  [key: string]: string | Dictionary | Array<string | Dictionary>;
}

function unprefix(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unprefix);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const name = key.startsWith(NAME_PREFIX) ? key.slice(NAME_PREFIX.length) : key;
    // defineProperty, not assignment: a `__proto__` element must stay a plain field.
    Object.defineProperty(out, name, { value: unprefix(item), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const NEEDS_CDATA = /[<>&"]/;
// PHP's Transformer::isElementNameValid: a letter or `_`, then letters, ASCII digits, `.`, `_`, `:`, `-`.
const ELEMENT_NAME = /^[\p{L}_][\p{L}0-9._:-]*$/u;
// The same for the ASCII names of almost every field, without Unicode property tables.
const ASCII_ELEMENT_NAME = /^[A-Za-z_][A-Za-z0-9._:-]*$/;
// A key PHP stores as an integer ("0", "10", "-5"), so PHP writes it under the list item's name.
const LIST_INDEX = /^(?:0|-?[1-9][0-9]*)$/;

const invalid = (message: string) => new InvalidRequestError(`Transformer.toXml: ${message}`);

export function isElementName(name: string): boolean {
  return ASCII_ELEMENT_NAME.test(name) || ELEMENT_NAME.test(name);
}

function cdata(text: string): string {
  // `]]>` cannot stand inside one CDATA section: end the section after `]]` and start another.
  return `<![CDATA[${text.split(']]>').join(']]]]><![CDATA[>')}]]>`;
}

/** PHP's CDATA rule, and every CR as `&#13;`: a parser turns a raw CR (even in CDATA) into LF, and the sign fails. */
function content(text: string): string {
  if (!NEEDS_CDATA.test(text)) return text.includes('\r') ? text.replace(/\r/g, '&#13;') : text;
  return text
    .split('\r')
    .map((piece) => (piece === '' ? '' : cdata(piece)))
    .join('&#13;');
}

/** An object with a `toString` of its own (not Object.prototype's) is text, as PHP casts a Stringable. */
function isStringable(value: object): boolean {
  const { toString } = value as { toString?: unknown };
  return typeof toString === 'function' && toString !== Object.prototype.toString;
}

function isContainer(value: unknown): value is object {
  return value !== null && typeof value === 'object' && (Array.isArray(value) || !isStringable(value));
}

function scalar(value: unknown, path: readonly string[]): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'function' || typeof value === 'symbol') throw invalid(`${path.join('.')} is a ${typeof value}, which has no text to write`);
  const text = typeof value === 'string' ? value : String(value);
  // Written as given it would be bytes that are not UTF-8 text, and a parser reads U+FFFD back.
  const problem = loneSurrogate(text);
  if (problem) throw invalid(`${path.join('.')} ${problem}`);
  return text;
}

interface XmlStyle {
  indent: boolean;
  item: string;
  /** The containers being written, so a cycle is refused instead of recursing forever. */
  open: Set<object>;
}

function nameOf(key: string, style: XmlStyle, path: readonly string[]): string {
  if (isElementName(key)) return key;
  if (LIST_INDEX.test(key)) return style.item;
  // PHP writes any such key as `item`; renaming a caller's field silently is worse: refuse it.
  throw invalid(
    `the key ${JSON.stringify(key)} in ${path.join('.')} is neither an XML element name (a letter or _, then letters, digits, . _ : -) nor a list index; rename it`,
  );
}

function children(value: object, style: XmlStyle, depth: number, path: string[]): string {
  if (value instanceof Map || value instanceof Set)
    throw invalid(`${path.join('.')} is a ${value.constructor.name}; pass a plain object or an array (Object.fromEntries, Array.from)`);
  let out = '';
  const write = (name: string, item: unknown) => {
    path.push(name);
    out += element(name, item, style, depth + 1, path);
    path.pop();
  };
  if (Array.isArray(value)) for (const item of value as unknown[]) write(style.item, item);
  else for (const key of Object.keys(value)) write(nameOf(key, style, path), (value as Record<string, unknown>)[key]);
  return out;
}

/** As PHP's XMLWriter writes it; the root is at depth 1. */
function element(name: string, value: unknown, style: XmlStyle, depth: number, path: string[]): string {
  const pad = style.indent ? ' '.repeat(depth - 1) : '';
  const end = style.indent ? '\n' : '';
  if (!isContainer(value)) return `${pad}<${name}>${content(scalar(value, path))}</${name}>${end}`;
  if (depth >= MAX_XML_DEPTH) throw invalid(`${path.join('.')} is nested deeper than ${MAX_XML_DEPTH} levels, which Transformer.toArray would refuse`);
  if (style.open.has(value)) throw invalid(`${path.join('.')} contains itself (a circular reference)`);
  style.open.add(value);
  const inner = children(value, style, depth, path);
  style.open.delete(value);
  return inner === '' ? `${pad}<${name}/>${end}` : `${pad}<${name}>${end}${inner}${pad}</${name}>${end}`;
}

function checkFlag(value: unknown, name: string): boolean {
  if (typeof value === 'boolean') return value;
  throw invalid(
    `${name} must be a boolean, got ${typeof value === 'string' ? JSON.stringify(value) : typeof value}; the arguments are (data, headless, indent, root, item), as in PHP`,
  );
}

function checkName(value: unknown, name: string): string {
  if (typeof value === 'string' && isElementName(value)) return value;
  throw invalid(
    `${name} must be an XML element name (a letter or _, then letters, digits, . _ : -), got ${typeof value === 'string' ? JSON.stringify(value) : typeof value}`,
  );
}

/**
 * XML to dictionary and back, named as in PHP's `WeChatPay\Transformer`.
 *
 * @example Transformer.toArray('<xml><return_code><![CDATA[SUCCESS]]></return_code></xml>')
 * // { return_code: 'SUCCESS' }
 */
export const Transformer = {
  /**
   * Parse WeChat Pay XML (root `<xml>` or `<root>`) into a dictionary. CDATA is unwrapped, an empty
   * element gives `''`, repeated siblings give a list. A DOCTYPE is refused outright, so no entity,
   * external or internal, is ever loaded. Text that is not XML, a second root or anything but white
   * space after the root, and nesting deeper than `MAX_XML_DEPTH` give a `ParseError` (ERR_PARSE).
   */
  toArray(xml: string | Buffer = '<xml/>'): Dictionary {
    const text = Buffer.isBuffer(xml) ? xml.toString('utf8') : xml;
    if (typeof text !== 'string') {
      throw new ParseError(`Transformer.toArray expects a string, got ${typeof text}`);
    }
    if (text.trim() === '') throw new ParseError('Cannot parse XML: the text is empty');
    if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
      throw new ParseError('XML with a DOCTYPE or ENTITY declaration is refused');
    }
    return parseFlatXml(text) ?? parseXml(text);
  },

  /**
   * Write `data` as XML, with PHP's parameters and output (its XMLWriter): `headless` leaves out
   * the `<?xml version="1.0" encoding="UTF-8"?>` declaration, `indent` pretty-prints with one space
   * per level. One element per key, in the object's key order (JavaScript lists integer-like keys
   * first); list items and integer-like keys are written under `item`; a nested object or array
   * nests; an object with its own `toString()` is written as that text; null and undefined are
   * empty elements. A value holding `<`, `>`, `&` or `"` goes in CDATA (PHP's rule; `]]>` is split
   * across sections), and every CR is written `&#13;` so it survives parsing.
   *
   * Unlike PHP, a key that is neither an element name nor an integer-like list index is refused
   * (InvalidRequestError) rather than silently renamed `item`, and so is a value holding a lone
   * UTF-16 surrogate (half of an emoji), which has no UTF-8 form.
   *
   * @example Transformer.toXml({ return_code: 'SUCCESS', return_msg: 'OK' }) // '<xml><return_code>SUCCESS</return_code><return_msg>OK</return_msg></xml>'
   * @example Transformer.toXml({ a: ['1', '2'] }, false, true, 'root') // '<?xml …?>\n<root>\n <a>\n  <item>1</item>…'
   */
  toXml(data: Record<string, unknown> | readonly unknown[], headless = true, indent = false, root = 'xml', item = 'item'): string {
    const head = !checkFlag(headless, 'headless');
    const style: XmlStyle = { indent: checkFlag(indent, 'indent'), item: checkName(item, 'item'), open: new Set() };
    const name = checkName(root, 'root');
    if (!isContainer(data)) throw invalid(`data must be a plain object or an array, got ${data === null ? 'null' : typeof data}`);
    const body = element(name, data, style, 1, [name]);
    // XMLWriter's endDocument ends the text with a line feed; indentation already did.
    return head ? `<?xml version="1.0" encoding="UTF-8"?>\n${body}${indent ? '' : '\n'}` : body;
  },
};

/** The general path, for anything the flat fast path does not take: xml2js' shape, read by xml-reader. */
export function parseXml(text: string): Dictionary {
  const result = readXml(text);
  // `<xml></xml>` reads as '' (an empty element); a document of one text node is not a dictionary.
  if (result === '') return {};
  if (typeof result !== 'object') {
    throw new ParseError('Cannot parse XML: the root element holds text, not fields');
  }
  return unprefix(result) as Dictionary;
}
