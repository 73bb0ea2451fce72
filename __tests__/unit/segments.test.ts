import { appendSegments, normaliseProperty, placeholderName, segmentsOfKey, splitVerbatim } from '../../src/chain/segments';

describe('normaliseProperty follows PHP so ported chains keep their URLs', () => {
  test.each([
    ['merchantService', 'merchant-service'],
    ['complaintsV2', 'complaints-v2'],
    ['V3', 'v3'],
    ['v3', 'v3'],
    ['Pay', 'pay'],
    ['payitil', 'payitil'],
    ['batchTransferDetail', 'batch-transfer-detail'],
    ['_out_trade_no_', '{out_trade_no}'],
    ['_transaction_id_', '{transaction_id}'],
    ['_id_', '{id}'],
    ['v2', 'v2'],
    ['fundflowbill', 'fundflowbill'],
    ['profitsharing2', 'profitsharing2'],
    ['out_trade_no', 'out_trade_no'],
  ])('%s -> %s', (input, expected) => {
    expect(normaliseProperty(input)).toBe(expected);
  });

  test('digits are kept and never dashed', () => {
    expect(normaliseProperty('h5')).toBe('h5');
    expect(normaliseProperty('transfer2pocket')).toBe('transfer2pocket');
    expect(normaliseProperty('1900000109')).toBe('1900000109');
  });

  test('a lone underscore pair is not a placeholder', () => {
    expect(normaliseProperty('__')).toBe('__');
    expect(normaliseProperty('_')).toBe('_');
  });
});

describe('splitVerbatim keeps strings as written (PHP issues #56 #69 #74 #77)', () => {
  test('camelCase v2 path keeps its case', () => {
    expect(splitVerbatim('v2/secapi/mch/addInstitutionsub')).toEqual(['v2', 'secapi', 'mch', 'addInstitutionsub']);
  });

  test('{name} placeholders are kept as they are', () => {
    expect(splitVerbatim('v3/pay/transactions/id/{transaction_id}')).toEqual(['v3', 'pay', 'transactions', 'id', '{transaction_id}']);
  });

  test('public-key ids are not corrupted', () => {
    expect(splitVerbatim('v3/x/PUB_KEY_ID_0114232134912410000000000000')).toEqual(['v3', 'x', 'PUB_KEY_ID_0114232134912410000000000000']);
  });

  test('leading and doubled slashes are dropped', () => {
    expect(splitVerbatim('/v2//payitil/report')).toEqual(['v2', 'payitil', 'report']);
    expect(splitVerbatim('///v3')).toEqual(['v3']);
    expect(splitVerbatim('')).toEqual([]);
  });

  test('a trailing slash is kept as one final empty segment (v3/applyment4sub/applyment/)', () => {
    expect(splitVerbatim('v3/applyment4sub/applyment/')).toEqual(['v3', 'applyment4sub', 'applyment', '']);
    expect(splitVerbatim('/v2//payitil/report//')).toEqual(['v2', 'payitil', 'report', '']);
  });

  test('no normalisation: capitals and underscores stay', () => {
    expect(splitVerbatim('merchantService/_out_trade_no_')).toEqual(['merchantService', '_out_trade_no_']);
  });
});

describe('segmentsOfKey: a key with "/" is a verbatim path, any other key is normalised', () => {
  test('path keys are verbatim', () => {
    expect(segmentsOfKey('v2/secapi/mch/addInstitutionsub')).toEqual(['v2', 'secapi', 'mch', 'addInstitutionsub']);
    expect(segmentsOfKey('/merchantService')).toEqual(['merchantService']);
    expect(segmentsOfKey('v3/applyment4sub/applyment/')).toEqual(['v3', 'applyment4sub', 'applyment', '']);
  });

  test('plain keys are one normalised segment', () => {
    expect(segmentsOfKey('merchantService')).toEqual(['merchant-service']);
    expect(segmentsOfKey('_out_trade_no_')).toEqual(['{out_trade_no}']);
    expect(segmentsOfKey('PUB_KEY_ID_1')).toHaveLength(1);
  });
});

describe('placeholderName', () => {
  test('reads {name} only', () => {
    expect(placeholderName('{out_trade_no}')).toBe('out_trade_no');
    expect(placeholderName('out_trade_no')).toBeUndefined();
    expect(placeholderName('{}')).toBeUndefined();
    expect(placeholderName('x{a}')).toBeUndefined();
  });
});

describe('appendSegments: a trailing slash gives way to what follows', () => {
  test('trailing empty segment is replaced when more follows', () => {
    expect(appendSegments(['v3', 'a', ''], ['b'])).toEqual(['v3', 'a', 'b']);
    expect(appendSegments(['v3', 'a', ''], ['b', ''])).toEqual(['v3', 'a', 'b', '']);
  });

  test('kept when nothing follows, plain concatenation otherwise', () => {
    expect(appendSegments(['v3', 'a', ''], [])).toEqual(['v3', 'a', '']);
    expect(appendSegments(['v3'], ['a', 'b'])).toEqual(['v3', 'a', 'b']);
    expect(appendSegments([], ['v2'])).toEqual(['v2']);
  });

  test('does not mutate its inputs', () => {
    const base = Object.freeze(['v3', '']);
    const more = Object.freeze(['x']);
    expect(appendSegments(base, more)).toEqual(['v3', 'x']);
    expect(base).toEqual(['v3', '']);
  });
});

describe("regression: WeChat's own capitalised segments survive property access", () => {
  test('addInstitutionsub as a property keeps its case, other camelCase names still normalise', () => {
    expect(segmentsOfKey('addInstitutionsub')).toEqual(['addInstitutionsub']);
    expect(segmentsOfKey('queryInstitutionsub')).toEqual(['queryInstitutionsub']);
    expect(segmentsOfKey('merchantService')).toEqual(['merchant-service']);
  });
});
