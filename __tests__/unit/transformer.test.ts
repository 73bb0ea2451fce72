import { ErrorCode, MAX_XML_DEPTH, Transformer, WechatpayError } from '../../src';
import { thrownCode } from '../helpers/thrown';
import { seeded } from '../helpers/random';

/** Runs `fn`, expects a WechatpayError with `code`, returns it. */
const failure = (fn: () => unknown, code: string = ErrorCode.PARSE): WechatpayError => thrownCode(fn, code);

describe('Transformer.toXml', () => {
  test('<xml> root, one element per key, insertion order kept', () => {
    expect(Transformer.toXml({ z: '1', a: '2', m: '3' })).toBe('<xml><z>1</z><a>2</a><m>3</m></xml>');
  });

  test.each(['<', '>', '&', '"', 'a<b', 'a & b', '{"a":"b"}', '<![CDATA[x'])('%j goes in CDATA', (value) => {
    const xml = Transformer.toXml({ v: value });
    expect(xml.startsWith('<xml><v><![CDATA[')).toBe(true);
    expect(Transformer.toArray(xml)).toEqual({ v: value });
  });

  test('plain text is written as is', () => {
    expect(Transformer.toXml({ v: 'abc 中文 123' })).toBe('<xml><v>abc 中文 123</v></xml>');
  });

  test.each([']]>', 'a]]>b', ']]>]]>', 'x]]]>y', '<]]>&'])('%j is split across CDATA sections and round-trips', (value) => {
    const xml = Transformer.toXml({ v: value });
    // No CDATA section may contain the terminator inside its content.
    const inner = xml.slice('<xml><v>'.length, -'</v></xml>'.length);
    const sections = inner.match(/<!\[CDATA\[[\s\S]*?\]\]>/g) ?? [];
    expect(sections.join('')).toBe(inner);
    expect(Transformer.toArray(xml)).toEqual({ v: value });
  });

  test('numbers are written in decimal, null and undefined as empty elements', () => {
    expect(Transformer.toXml({ a: 1, b: null, c: undefined })).toBe('<xml><a>1</a><b></b><c></c></xml>');
  });

  test('a custom root', () => {
    expect(Transformer.toXml({ a: '1' }, true, false, 'root')).toBe('<root><a>1</a></root>');
  });

  test('an invalid element name is refused, not written', () => {
    for (const name of ['a b', '1a', '<x>', 'a/b', '']) {
      expect(() => Transformer.toXml({ [name]: '1' })).toThrow(WechatpayError);
    }
  });

  test('the caller object is not modified', () => {
    const input = { b: '<', a: '1' };
    Transformer.toXml(input);
    expect(input).toEqual({ b: '<', a: '1' });
    expect(Object.keys(input)).toEqual(['b', 'a']);
  });
});

describe('Transformer.toXml(data, headless = true, indent = false, root = "xml", item = "item"), as PHP', () => {
  // Expected strings are PHP 1.4.12's Transformer::toXml outputs for the same input (php 8.2, XMLWriter).
  test.each<[string, Parameters<typeof Transformer.toXml>, string]>([
    ['flat, headless', [{ a: '1', b: 'x' }], '<xml><a>1</a><b>x</b></xml>'],
    ['with the XML declaration', [{ a: '1', b: 'x' }, false], '<?xml version="1.0" encoding="UTF-8"?>\n<xml><a>1</a><b>x</b></xml>\n'],
    [
      'nested and indented',
      [{ a: '1', b: { c: '2', d: ['3', '4'] } }, true, true],
      '<xml>\n <a>1</a>\n <b>\n  <c>2</c>\n  <d>\n   <item>3</item>\n   <item>4</item>\n  </d>\n </b>\n</xml>\n',
    ],
    [
      'nested, indented, with the declaration',
      [{ a: '1', b: { c: '2', d: ['3', '4'] } }, false, true],
      '<?xml version="1.0" encoding="UTF-8"?>\n<xml>\n <a>1</a>\n <b>\n  <c>2</c>\n  <d>\n   <item>3</item>\n   <item>4</item>\n  </d>\n </b>\n</xml>\n',
    ],
    ['empty, null and a quote', [{ a: '', b: null, c: 'it\'s "q"' }], '<xml><a></a><b></b><c><![CDATA[it\'s "q"]]></c></xml>'],
    [
      'integer keys and list items under item',
      [{ 0: 'a', 1: 'b', k: ['x', 'y'] }],
      '<xml><item>a</item><item>b</item><k><item>x</item><item>y</item></k></xml>',
    ],
    ['a tab is kept, a lone CR is &#13;', [{ a: 'tab\there', b: '\r' }], '<xml><a>tab\there</a><b>&#13;</b></xml>'],
    ['CR LF in text', [{ a: 'x\r\ny' }], '<xml><a>x&#13;\ny</a></xml>'],
    ['empty data', [{}], '<xml/>'],
    ['empty data, declaration and indent', [{}, false, true], '<?xml version="1.0" encoding="UTF-8"?>\n<xml/>\n'],
    ['an empty list, indented', [{ a: [] }, true, true], '<xml>\n <a/>\n</xml>\n'],
    [
      'lists of lists, indented',
      [{ a: '', b: '<x>', c: [['1'], []], d: { e: [] } }, true, true],
      '<xml>\n <a></a>\n <b><![CDATA[<x>]]></b>\n <c>\n  <item>\n   <item>1</item>\n  </item>\n  <item/>\n </c>\n <d>\n  <e/>\n </d>\n</xml>\n',
    ],
    ['custom root and item', [{ a: ['1', '2'] }, true, false, 'root', 'entry'], '<root><a><entry>1</entry><entry>2</entry></a></root>'],
    [
      'element names as PHP allows them',
      [{ 中文: '1', 'a:b': '2', _x: '5', 'x.y-z': '6', é: '7' }],
      '<xml><中文>1</中文><a:b>2</a:b><_x>5</_x><x.y-z>6</x.y-z><é>7</é></xml>',
    ],
    [
      'a v2 answer with JSON, indented, with the declaration',
      [{ return_code: 'SUCCESS', return_msg: 'OK', detail: '{"cost_price":608800}' }, false, true],
      '<?xml version="1.0" encoding="UTF-8"?>\n<xml>\n <return_code>SUCCESS</return_code>\n <return_msg>OK</return_msg>\n <detail><![CDATA[{"cost_price":608800}]]></detail>\n</xml>\n',
    ],
  ])('%s', (_label, args, php) => {
    expect(Transformer.toXml(...args)).toBe(php);
  });

  test('a boolean second argument is headless, never an element name', () => {
    expect(Transformer.toXml({ a: '1' }, true)).toBe('<xml><a>1</a></xml>');
    expect(Transformer.toXml({ a: '1' }, false)).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<xml><a>1</a></xml>\n');
    expect(Transformer.toXml({ a: '1' }, true)).not.toContain('<true>');
  });

  test('arguments of the wrong kind are refused by name (the old toXml(data, root) too)', () => {
    const call = Transformer.toXml as (...args: unknown[]) => string;
    expect(failure(() => call({ a: '1' }, 'root'), ErrorCode.INVALID_REQUEST).message).toMatch(
      /headless must be a boolean, got "root"; the arguments are \(data, headless, indent, root, item\)/,
    );
    expect(failure(() => call({ a: '1' }, true, 1), ErrorCode.INVALID_REQUEST).message).toMatch(/indent must be a boolean, got number/);
    expect(failure(() => call({ a: '1' }, true, false, 'a b'), ErrorCode.INVALID_REQUEST).message).toMatch(
      /root must be an XML element name \(.*\), got "a b"/,
    );
    expect(failure(() => call({ a: ['1'] }, true, false, 'xml', true), ErrorCode.INVALID_REQUEST).message).toMatch(
      /item must be an XML element name \(.*\), got boolean/,
    );
    expect(failure(() => call('a=1'), ErrorCode.INVALID_REQUEST).message).toMatch(/data must be a plain object or an array, got string/);
  });

  test('an object with its own toString() is written as that text (PHP casts a Stringable)', () => {
    // PHP 1.4.12 writes a __toString() object holding '<stringable>' as <a><![CDATA[<stringable>]]></a>, one returning 'plain' as <b>plain</b>.
    class Stringable {
      constructor(private readonly text: string) {}
      toString(): string {
        return this.text;
      }
    }
    expect(Transformer.toXml({ a: new Stringable('<stringable>'), b: new Stringable('plain') })).toBe('<xml><a><![CDATA[<stringable>]]></a><b>plain</b></xml>');
    expect(Transformer.toXml({ a: { toString: () => 'own' } })).toBe('<xml><a>own</a></xml>');
    expect(Transformer.toXml({ when: new Date(0), url: new URL('https://example.com/a?b=1') })).toBe(
      `<xml><when>${String(new Date(0))}</when><url>https://example.com/a?b=1</url></xml>`,
    );
  });

  test('a key that is neither an element name nor a list index is refused, not renamed item', () => {
    for (const name of ['a b', '1a', '-a', '01', '1.5', '']) {
      expect(failure(() => Transformer.toXml({ [name]: '1' }), ErrorCode.INVALID_REQUEST).message).toContain(
        `the key ${JSON.stringify(name)} in xml is neither an XML element name`,
      );
    }
    expect(failure(() => Transformer.toXml({ a: { 'b c': '1' } }), ErrorCode.INVALID_REQUEST).message).toContain('in xml.a is neither');
  });

  test('values with no text, cycles, maps and nesting past MAX_XML_DEPTH are refused', () => {
    const cyclic: Record<string, unknown> = { a: '1' };
    cyclic.self = cyclic;
    expect(failure(() => Transformer.toXml(cyclic), ErrorCode.INVALID_REQUEST).message).toMatch(/xml.self contains itself/);
    expect(failure(() => Transformer.toXml({ f: () => 1 }), ErrorCode.INVALID_REQUEST).message).toMatch(/xml.f is a function/);
    expect(failure(() => Transformer.toXml({ m: new Map([['a', '1']]) }), ErrorCode.INVALID_REQUEST).message).toMatch(/xml.m is a Map/);
    let deep: Record<string, unknown> = { leaf: '1' };
    for (let i = 0; i < MAX_XML_DEPTH; i += 1) deep = { n: deep };
    expect(failure(() => Transformer.toXml(deep), ErrorCode.INVALID_REQUEST).message).toMatch(/nested deeper than 64 levels/);
  });

  test('a lone surrogate (half of an emoji) is refused by its field path, not written as bytes that are not UTF-8', () => {
    const halfEmoji = '😀'.slice(0, 1);
    expect(failure(() => Transformer.toXml({ a: { body: `cut ${halfEmoji}` } }), ErrorCode.INVALID_REQUEST).message).toBe(
      'Transformer.toXml: xml.a.body holds a lone UTF-16 surrogate (\\uD83D at index 4, half of a character such as an emoji), which UTF-8 cannot carry: fix the text (was it cut in the middle of a character?)',
    );
    // The low half alone, in a list item, in CDATA, and through a Stringable's toString().
    const low = '😀'.slice(1);
    expect(failure(() => Transformer.toXml({ list: ['ok', `<${low}>`] }), ErrorCode.INVALID_REQUEST).message).toMatch(
      /^Transformer\.toXml: xml\.list\.item holds a lone UTF-16 surrogate \(\\uDE00 at index 1/,
    );
    expect(failure(() => Transformer.toXml({ s: { toString: () => halfEmoji } }), ErrorCode.INVALID_REQUEST).message).toMatch(/xml\.s holds a lone/);
    // A whole emoji is a pair, and round-trips.
    expect(Transformer.toArray(Transformer.toXml({ a: '😀<' }))).toEqual({ a: '😀<' });
  });

  test('as deep as toArray reads is written', () => {
    let deep: Record<string, unknown> = { leaf: '1' };
    for (let i = 0; i < MAX_XML_DEPTH - 2; i += 1) deep = { n: deep };
    expect(Transformer.toArray(Transformer.toXml(deep))).toEqual(deep);
  });
});

describe('carriage returns survive toXml -> toArray (XML parsers turn a raw CR into LF)', () => {
  test.each<[string, Record<string, string>]>([
    ['CR LF in text and a CR in CDATA', { a: 'x\r\ny', b: '<\r>' }],
    ['CRs at the edges of CDATA', { a: '\r<\r', b: '\r\r&\r\r' }],
    ['a CR beside a split ]]>', { a: ']]\r]]>\r>', b: 'a]]>\rb' }],
    ['only CRs', { a: '\r', b: '\r\r\n\r' }],
  ])('%s', (_label, input) => {
    const xml = Transformer.toXml(input);
    expect(xml).not.toContain('\r');
    expect(Transformer.toArray(xml)).toEqual(input);
  });

  test('a CR in a value that needs CDATA closes and reopens the section around &#13;', () => {
    // PHP 1.4.12 writes <b><![CDATA[<\r>]]></b>, whose CR a parser reads back as LF: the one place this differs.
    expect(Transformer.toXml({ b: '<\r>' })).toBe('<xml><b><![CDATA[<]]>&#13;<![CDATA[>]]></b></xml>');
  });
});

describe('round trip toXml -> toArray', () => {
  const ALPHABET = [
    ..."abcXYZ019 _-.,;:/?=+%#@!*()[]{}'",
    '<',
    '>',
    '&',
    '"',
    ']]>',
    ']',
    ']]',
    '\n',
    '\t',
    '中',
    '文',
    '支付',
    '微信',
    'é',
    '\u00a0',
    '😀',
    '&amp;',
    '<![CDATA[',
  ];

  test('300 random dictionaries including CJK survive unchanged, keys in order', () => {
    const random = seeded(20240601);
    const pick = () => ALPHABET[Math.floor(random() * ALPHABET.length)] ?? 'a';
    for (let round = 0; round < 300; round += 1) {
      const input: Record<string, string> = {};
      const fields = 1 + Math.floor(random() * 8);
      for (let f = 0; f < fields; f += 1) {
        let value = '';
        const length = 1 + Math.floor(random() * 20);
        for (let i = 0; i < length; i += 1) value += pick();
        input[`field_${f}_${round}`] = value;
      }
      const parsed = Transformer.toArray(Transformer.toXml(input));
      expect(parsed).toEqual(input);
      expect(Object.keys(parsed)).toEqual(Object.keys(input));
    }
  });

  test('the seed report payload round-trips', () => {
    const input = {
      appid: 'wx8888888888888888',
      mch_id: '1900000109',
      interface_url: 'https://api.mch.weixin.qq.com/pay/batchreport/micropay/total',
      trades: JSON.stringify([{ out_trade_no: 'o1', begin_time: '20160602203256', end_time: '20160602203257', state: 'OK', err_msg: '' }]),
      user_ip: '8.8.8.8',
    };
    expect(Transformer.toArray(Transformer.toXml(input))).toEqual(input);
  });
});
