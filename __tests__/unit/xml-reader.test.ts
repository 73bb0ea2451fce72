import xml2js from 'xml2js';
import { MAX_XML_DEPTH, ParseError, Transformer } from '../../src';

/**
 * The SDK reads XML itself (src/util/xml-reader.ts) and must give exactly what xml2js gave with the
 * options the SDK used before (and PHP parity was measured with): the reference below is xml2js
 * itself, a development dependency only.
 */
const PREFIX = 'k:';
const reference = new xml2js.Parser({
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
    Object.defineProperty(out, name, { value: unprefix(item), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** What xml2js makes of `text`: the dictionary, or 'error'. */
function byXml2js(text: string): unknown {
  let result: unknown;
  let failure: unknown;
  reference.reset();
  try {
    reference.parseString(text, (error: unknown, parsed: unknown) => {
      failure ??= error;
      result = parsed;
    });
  } catch (error) {
    failure ??= error;
  }
  if (failure || result === undefined || result === null) return 'error';
  if (result === '') return {};
  return typeof result === 'object' ? unprefix(result) : 'error';
}

/** What the SDK makes of `text`: the dictionary, or 'error' (a ParseError, never anything else). */
function bySdk(text: string): unknown {
  try {
    return Transformer.toArray(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    return 'error';
  }
}

// Where the SDK is stricter than xml2js on purpose: sax takes any other `<!…>` (`<!- x -->`,
// `<!foo>`) for an SGML declaration and skips it; the SDK refuses it as malformed.
const SGML = /<!(?!--|\[CDATA\[)/;

function agree(text: string): void {
  const expected = SGML.test(text) ? 'error' : byXml2js(text);
  expect({ text, sdk: bySdk(text) }).toEqual({ text, sdk: expected });
}

describe('Transformer.toArray reads XML as xml2js did', () => {
  test.each([
    '<xml>\r\n<a>1\r\n2</a><b>x\ry</b></xml>',
    '<xml><a>  </a><b>\u3000</b><c/></xml>',
    '<xml><a>x<b>1</b>y</a></xml>',
    '<xml><a>\n<b>1</b>\n</a></xml>',
    '<xml><a>&amp;&lt;&#65;&#x4e2d;&#X4E2D;&#00065;&AMP;&Quot;&apos;&gt;</a></xml>',
    '<xml><a>a]]>b</a></xml>',
    '<xml><a><![CDATA[ ]]></a><b> <![CDATA[]]> </b></xml>',
    '<xml><_>1</_>t</xml>',
    '<xml>t<_>1</_></xml>',
    '<xml><a k="1" k="2">1</a><b k=\'<&amp;>\' j = "2"/></xml>',
    '<xml><!-- c - d --><?pi x?><a>1</a></xml>',
    '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- before -->\n<xml><a>1</a></xml>\n',
    '<xml><a:b>1</a:b><中文>值</中文><a.b-c_d>2</a.b-c_d></xml>',
    '<xml ><a >1</a ><b\n/></xml >',
    '<xml><a><b/></a><c><d></d><d/><d>x</d></c></xml>',
    '<xml><cdata>1</cdata><a>1<![CDATA[2]]>3</a><b><![CDATA[x]]><c>1</c></b></xml>',
    '<xml><a>\u0001\u007f</a><constructor>1</constructor><__proto__>2</__proto__><toString/></xml>',
    '<root><out_refund_no><![CDATA[R1]]></out_refund_no><coupon>1</coupon><coupon>2</coupon></root>',
    '<?xml version="1.0"?><xml/>',
    '<xml></xml>',
    // Each malformed: both refuse.
    '<xml><a>&foo;</a></xml>',
    '<xml><a>&#xZZ;</a></xml>',
    '<xml><a>& b</a></xml>',
    '<xml><a>&#0;</a></xml>',
    '<xml><a>&#1114112;</a></xml>',
    '<xml><a k=v>1</a></xml>',
    '<xml><a k>1</a></xml>',
    '<xml><a k="1"k="2"/></xml>',
    '<xml><a k="&x"/></xml>',
    '<xml><!-- c -- d --><a>1</a></xml>',
    'x<xml><a>1</a></xml>',
    '<xml><1a>1</1a></xml>',
    '<xml><a>1</A></xml>',
    '<xml><a/ ></xml>',
    '<xml><a>1</a',
    '<xml><a>1',
    '<xml><a>1</a></b></xml>',
    '<xml> </xml>',
    '<xml>text</xml>',
    '<xml><a><![CDATA[1</a></xml>',
    '<xml><a>1 < 2</a></xml>',
    '<xml><!foo><a>1</a></xml>',
    '',
    '   ',
  ])('%j', agree);

  test('regression: 2,000 generated documents and each with one character cut out', () => {
    let seed = 20261207;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const pick = <T>(items: readonly T[]) => items[next(items.length)]!;
    const names = ['a', 'b', 'coupon', '_', 'x.y', 'k-1', '中', 'constructor', 'item'];
    const texts = ['', ' ', '\n  ', 'v', '1 2', '中文', '&amp;', '&#20013;', '&lt;x&gt;', '\u3000', 'a]]>b', 'q"\''];
    const element = (depth: number): string => {
      const name = pick(names);
      const attributes = next(4) === 0 ? ` k="${pick(['1', '&amp;', '<'])}"` : '';
      if (next(5) === 0) return `<${name}${attributes}/>`;
      let inner = '';
      for (let i = next(depth > 3 ? 2 : 4); i >= 0; i -= 1) {
        const kind = next(10);
        if (kind < 3 && depth < 6) inner += element(depth + 1);
        else if (kind < 4) inner += `<![CDATA[${pick(texts)}]]>`;
        else if (kind < 5) inner += pick(['<!-- note -->', '<?pi x?>']);
        else inner += pick(texts);
      }
      return `<${name}${attributes}>${inner}</${name}>`;
    };
    for (let i = 0; i < 2000; i += 1) {
      let body = '';
      for (let k = next(5); k >= 0; k -= 1) body += element(1);
      const text = `${pick(['', '<?xml version="1.0"?>\n'])}<xml>${body}</xml>${pick(['', '\n'])}`;
      agree(text);
      // One character cut out anywhere: both read it the same, or both refuse it.
      const cut = next(text.length);
      agree(text.slice(0, cut) + text.slice(cut + 1));
    }
  });

  test(`exactly MAX_XML_DEPTH (${MAX_XML_DEPTH}) levels read as xml2js reads them`, () => {
    const text = `<xml>${'<a>'.repeat(MAX_XML_DEPTH - 1)}x${'</a>'.repeat(MAX_XML_DEPTH - 1)}</xml>`;
    agree(text);
  });
});
