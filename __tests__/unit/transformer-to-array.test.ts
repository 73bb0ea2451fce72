import { ErrorCode, MAX_XML_DEPTH, ParseError, Transformer, type WechatpayError } from '../../src';
import { thrownCode } from '../helpers/thrown';

/** Runs `fn`, expects a WechatpayError with `code`, returns it. */
const failure = (fn: () => unknown, code: string = ErrorCode.PARSE): WechatpayError => thrownCode(fn, code);

describe('Transformer.toArray', () => {
  test('CDATA is unwrapped and plain text kept exactly', () => {
    const xml = '<xml><return_code><![CDATA[SUCCESS]]></return_code><return_msg>OK</return_msg><total_fee>1</total_fee></xml>';
    expect(Transformer.toArray(xml)).toEqual({ return_code: 'SUCCESS', return_msg: 'OK', total_fee: '1' });
  });

  test('values are not trimmed or normalised', () => {
    expect(Transformer.toArray('<xml><a> x  y </a><b><![CDATA[ z ]]></b></xml>')).toEqual({ a: ' x  y ', b: ' z ' });
  });

  test('entities in text are decoded', () => {
    expect(Transformer.toArray('<xml><a>&lt;&amp;&gt;&quot;</a></xml>')).toEqual({ a: '<&>"' });
  });

  test('an empty element gives the empty string', () => {
    expect(Transformer.toArray('<xml><a></a><b/><c><![CDATA[]]></c></xml>')).toEqual({ a: '', b: '', c: '' });
  });

  test('repeated siblings give a list, in order', () => {
    expect(Transformer.toArray('<xml><coupon>1</coupon><coupon>2</coupon><coupon></coupon></xml>')).toEqual({ coupon: ['1', '2', ''] });
  });

  test('a nested element gives an object', () => {
    expect(Transformer.toArray('<xml><a><b>1</b><c><d>2</d></c></a></xml>')).toEqual({ a: { b: '1', c: { d: '2' } } });
  });

  test('the <root> root of a decrypted refund req_info is accepted', () => {
    const xml = '<root>\n<out_refund_no><![CDATA[R1]]></out_refund_no>\n<refund_status><![CDATA[SUCCESS]]></refund_status>\n</root>';
    const parsed = Transformer.toArray(xml);
    expect(parsed.out_refund_no).toBe('R1');
    expect(parsed.refund_status).toBe('SUCCESS');
  });

  test('an XML declaration is allowed', () => {
    expect(Transformer.toArray('<?xml version="1.0" encoding="UTF-8"?>\n<xml><a>1</a></xml>')).toEqual({ a: '1' });
  });

  test('a Buffer is read as UTF-8', () => {
    expect(Transformer.toArray(Buffer.from('<xml><body>中文</body></xml>', 'utf8'))).toEqual({ body: '中文' });
  });

  test('an empty root gives an empty dictionary', () => {
    expect(Transformer.toArray('<xml></xml>')).toEqual({});
    expect(Transformer.toArray('<xml/>')).toEqual({});
    expect(Transformer.toArray()).toEqual({});
  });

  test('attributes are ignored, the dictionary stays flat', () => {
    expect(Transformer.toArray('<xml><a type="x">v</a></xml>')).toEqual({ a: 'v' });
  });

  describe('XXE: DOCTYPE and ENTITY declarations are refused and no file is read', () => {
    const payloads = [
      '<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xml><a>&xxe;</a></xml>',
      '<!doctype xml [<!entity xxe SYSTEM "file:///etc/passwd">]><xml><a>&xxe;</a></xml>',
      '<!DOCTYPE xml SYSTEM "file:///etc/passwd"><xml><a>1</a></xml>',
      '<!DOCTYPE xml [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]><xml/>',
      '<!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><xml><a>&b;</a></xml>',
    ];
    test.each(payloads)('%s', (xml) => {
      const error = failure(() => Transformer.toArray(xml));
      expect(error.message).toMatch(/DOCTYPE|ENTITY/);
      expect(error.message).not.toMatch(/root:|nologin|\/bin\//);
      expect(JSON.stringify(error)).not.toMatch(/root:|nologin/);
    });
  });

  describe('malformed input gives ERR_PARSE, never an uncaught crash', () => {
    test.each([
      ['empty', ''],
      ['blank', '  \n '],
      ['not XML', 'return_code=SUCCESS'],
      ['JSON', '{"code":"PARAM_ERROR"}'],
      ['HTML error page', '<html><body>502 Bad Gateway</body'],
      ['unclosed root', '<xml><a>1</a>'],
      ['truncated', '<xml><a>1</a'],
      ['mismatched tags', '<xml><a>1</b></xml>'],
      ['unknown entity', '<xml><a>&foo;</a></xml>'],
      ['text root', '<xml>just text</xml>'],
    ])('%s', (_label, xml) => {
      const error = failure(() => Transformer.toArray(xml));
      expect(error.message).toMatch(/XML/);
    });

    test('a non-string argument gives ERR_PARSE', () => {
      failure(() => (Transformer.toArray as (x: unknown) => unknown)(42));
    });

    test('the shared parser recovers after a failure', () => {
      failure(() => Transformer.toArray('<xml><a>1</a'));
      failure(() => Transformer.toArray('garbage'));
      expect(Transformer.toArray('<xml><a>2</a></xml>')).toEqual({ a: '2' });
    });

    test('an error from one parse never leaks into the next (alternating 50 times)', () => {
      for (let i = 0; i < 50; i += 1) {
        failure(() => Transformer.toArray(`<xml><a>${i}</b></xml>`));
        expect(Transformer.toArray(`<xml><a>${i}</a></xml>`)).toEqual({ a: String(i) });
      }
    });
  });

  describe('one root element and nothing after it', () => {
    test.each([
      ['a second root', '<xml><a>1</a></xml><xml><b>2</b></xml>'],
      ['a second root after a comment', '<xml><a>1</a></xml><!-- c --><xml><b>2</b></xml>'],
      ['a second, empty root', '<xml><a>1</a></xml><xml/>'],
      ['text and a stray end tag', '<xml><a>1</a></xml>junk</xml>'],
      ['a stray end tag', '<xml><a>1</a></xml></xml>'],
      ['an element and a stray end tag', '<xml><a>1</a></xml><x/></xml>'],
      ['a trailing comment', '<xml><a>1</a></xml>\n<!-- c -->'],
      ['a trailing processing instruction', '<xml><a>1</a></xml><?pi x?>'],
      ['trailing text', '<xml><a>1</a></xml>tail'],
      ['a second root after a self-closed one', '<xml/><xml><a>1</a></xml>'],
      ['two <root> documents', '<root><a>1</a></root>\n<root><a>2</a></root>\n'],
    ])('%s is refused with a ParseError', (_label, xml) => {
      const error = failure(() => Transformer.toArray(xml));
      expect(error).toBeInstanceOf(ParseError);
      expect(error.message).toBe('Cannot parse XML: expected one root element and nothing after it');
    });

    test('white space, a declaration and comments before the root, and white space after it, are fine', () => {
      expect(Transformer.toArray('<?xml version="1.0"?>\n<!-- answer -->\n<xml><a x=">">1</a><!-- inner --><b><![CDATA[</xml><xml>]]></b></xml>\n \n')).toEqual(
        { a: '1', b: '</xml><xml>' },
      );
    });
  });

  describe(`nesting deeper than MAX_XML_DEPTH (${MAX_XML_DEPTH}) is a ParseError, never a RangeError`, () => {
    const nested = (depth: number, leaf = 'x') => `<xml>${'<a>'.repeat(depth - 1)}${leaf}${'</a>'.repeat(depth - 1)}</xml>`;

    test('100,000 nested elements: a ParseError, quickly', () => {
      const xml = nested(100_000);
      const started = process.hrtime.bigint();
      const error = failure(() => Transformer.toArray(xml));
      const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
      expect(error).toBeInstanceOf(ParseError);
      expect(error.message).toBe(`Cannot parse XML: elements are nested deeper than ${MAX_XML_DEPTH} levels; no WeChat Pay document is`);
      expect(elapsedMs).toBeLessThan(1000);
    });

    test('100,000 nested elements with attributes and CDATA: the same', () => {
      const xml = `<xml>${'<a k="<v>">'.repeat(99_999)}<![CDATA[<]]>${'</a>'.repeat(99_999)}</xml>`;
      expect(failure(() => Transformer.toArray(xml)).message).toMatch(/nested deeper than 64 levels/);
    });

    test('exactly MAX_XML_DEPTH levels parse; one more does not', () => {
      let expected: unknown = 'x';
      for (let i = 0; i < MAX_XML_DEPTH - 1; i += 1) expected = { a: expected };
      expect(Transformer.toArray(nested(MAX_XML_DEPTH))).toEqual(expected);
      expect(failure(() => Transformer.toArray(nested(MAX_XML_DEPTH + 1))).message).toMatch(/nested deeper/);
    });

    test('self-closed elements do not count as nesting', () => {
      expect(Transformer.toArray(`<xml>${'<a/>'.repeat(1000)}</xml>`)).toEqual({ a: Array(1000).fill('') });
    });
  });

  // xml2js took a name already "in" a plain object (inherited from Object.prototype) for a
  // repeated sibling; element names are stored prefixed so that cannot happen.
  test('an element named like an Object.prototype member (constructor) parses as its text', () => {
    expect(Transformer.toArray('<xml><constructor>1</constructor><toString>2</toString></xml>')).toEqual({ constructor: '1', toString: '2' });
  });
});
