import { Transformer } from '../../src';
import { parseFlatXml } from '../../src/util/flat-xml';
import { parseXml } from '../../src/util/transformer';

// The fast path must give exactly what xml2js gives, or step aside (undefined).
describe('the flat-XML fast path agrees with the general reader', () => {
  const cases: Array<[string, string]> = [
    ['CDATA values', '<xml><return_code><![CDATA[SUCCESS]]></return_code><return_msg><![CDATA[OK]]></return_msg></xml>'],
    ['plain text and numbers', '<xml><total_fee>100</total_fee><a>b c</a></xml>'],
    ['an empty element', '<xml><a></a><b><![CDATA[]]></b></xml>'],
    ['whitespace between elements and a prolog', '<?xml version="1.0" encoding="UTF-8"?>\n<xml>\n  <a>1</a>\n  <b><![CDATA[x<y>&"z]]></b>\n</xml>\n'],
    ['a <root> root', '<root><out_refund_no><![CDATA[R1]]></out_refund_no></root>'],
    ['CJK and ]] inside CDATA', '<xml><m><![CDATA[超时 ]] 中]]></m></xml>'],
    ['prototype names', '<xml><constructor>1</constructor><toString>2</toString></xml>'],
  ];
  test.each(cases)('%s', (_name, xml) => {
    const fast = parseFlatXml(xml);
    expect(fast).toBeDefined();
    expect(fast).toEqual(parseXml(xml));
    expect(Transformer.toArray(xml)).toEqual(parseXml(xml));
  });

  const fallbacks: Array<[string, string]> = [
    ['entities', '<xml><a>a &amp; b</a></xml>'],
    ['repeated siblings', '<xml><a>1</a><a>2</a></xml>'],
    ['nesting', '<xml><a><b>1</b></a></xml>'],
    ['split CDATA', '<xml><a><![CDATA[x]]]]><![CDATA[>y]]></a></xml>'],
    ['attributes', '<xml><a k="v">1</a></xml>'],
    ['self-closing', '<xml><a/></xml>'],
    ['CR line ends', '<xml>\r\n<a>1\r\n2</a></xml>'],
    ['__proto__', '<xml><__proto__>1</__proto__></xml>'],
    ['an empty root', '<xml></xml>'],
    ['mismatched root close', '<xml><a>1</a></root>'],
  ];
  test.each(fallbacks)('%s go to the general reader', (_name, xml) => {
    expect(parseFlatXml(xml)).toBeUndefined();
  });

  test('regression: both paths agree on 300 generated flat documents', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const alphabet = 'abcXYZ09 _-.,;:!?/中文超时]>"\'\n\t';
    for (let i = 0; i < 300; i += 1) {
      const fields: Record<string, string> = {};
      const count = 1 + (next() % 8);
      for (let k = 0; k < count; k += 1) {
        let value = '';
        for (let c = next() % 12; c > 0; c -= 1) value += alphabet[next() % alphabet.length];
        fields[`k${k}_${next() % 100}`] = value;
      }
      const xml = Transformer.toXml(fields);
      expect(parseFlatXml(xml) ?? parseXml(xml)).toEqual(parseXml(xml));
      expect(Transformer.toArray(xml)).toEqual(fields);
    }
  });
});
