import { Parser } from 'xml2js';
import { InvalidRequestError, ParseError } from '../errors';
import { parseFlatXml } from './flat-xml';
import { checkXmlShape, MAX_XML_DEPTH } from './xml-shape';

export { MAX_XML_DEPTH };

/** A parsed APIv2 answer: strings, lists of repeated siblings, nested dictionaries. */
export interface Dictionary {
  [key: string]: string | Dictionary | Array<string | Dictionary>;
}

// One parser per process: xml2js' Parser is reusable and synchronous unless `async` is set.
// `explicitRoot: false` drops `<xml>`/`<root>`; `ignoreAttrs` keeps the dictionary flat; no
// `trim`/`normalize`, so values come back exactly as sent.
// Every element name gets a prefix while parsing, because xml2js builds plain objects and would
// take `<constructor>` or `<toString>` for an existing member; `unprefix` strips it again into
// objects without a prototype-borne surprise.
const PREFIX = 'k:';
const parser = new Parser({
  tagNameProcessors: [(name: string) => PREFIX + name],
  explicitArray: false,
  explicitRoot: false,
  ignoreAttrs: true,
  emptyTag: '',
  trim: false,
  normalize: false,
  strict: true,
  async: false,
});

function unprefix(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unprefix);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const name = key.startsWith(PREFIX) ? key.slice(PREFIX.length) : key;
    // defineProperty, not assignment: a `__proto__` element must stay a plain field.
    Object.defineProperty(out, name, { value: unprefix(item), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const NEEDS_CDATA = /[<>&"]/;
const ELEMENT_NAME = /^[A-Za-z_][\w.-]*$/;

function cdata(text: string): string {
  // `]]>` cannot stand inside one CDATA section: end the section after `]]` and start another.
  return `<![CDATA[${text.split(']]>').join(']]]]><![CDATA[>')}]]>`;
}

function element(name: string, value: unknown): string {
  if (!ELEMENT_NAME.test(name)) {
    throw new InvalidRequestError(`Cannot write ${JSON.stringify(name)} as an XML element name`);
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return `<${name}>${Object.entries(value).map(([k, v]) => element(k, v)).join('')}</${name}>`;
  }
  if (Array.isArray(value)) return value.map((item) => element(name, item)).join('');
  const text = value === null || value === undefined ? '' : String(value);
  return `<${name}>${NEEDS_CDATA.test(text) ? cdata(text) : text}</${name}>`;
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
    return parseFlatXml(text) ?? parseWithXml2js(text);
  },

  /**
   * Write a dictionary as `<xml>…</xml>`, one element per key in insertion order. A value holding
   * `<`, `>`, `&` or `"` goes in CDATA (PHP's rule); null and undefined become empty elements.
   */
  toXml(thing: Record<string, unknown>, root = 'xml'): string {
    return element(root, thing);
  },
};

/** The general path: xml2js, for anything the flat fast path does not take. */
export function parseWithXml2js(text: string): Dictionary {
  checkXmlShape(text);
  let result: unknown;
  let failure: unknown;
  parser.reset();
  try {
    parser.parseString(text, (error: unknown, parsed: unknown) => {
      failure ??= error;
      result = parsed;
    });
  } catch (error) {
    // xml2js rethrows what sax reports after the root has ended.
    failure ??= error;
  }
  if (failure || result === undefined) {
    const reason = failure instanceof Error ? failure.message.split('\n')[0] : 'no XML element found';
    throw new ParseError(`Cannot parse XML: ${reason}`);
  }
  // `<xml></xml>` parses to '' (an empty element); a document of one text node is not a dictionary.
  if (result === '' || result === null) return {};
  if (typeof result !== 'object') {
    throw new ParseError('Cannot parse XML: the root element holds text, not fields');
  }
  return unprefix(result) as Dictionary;
}
