import { inspect } from 'node:util';
import { createNode, type Send } from '../../src/chain/proxy';
import { VERBS, type Verb } from '../../src/chain/verbs';
import type { Client, Node, PayitilReportRequest } from '../../src';

interface Call {
  segments: readonly string[];
  verb: Verb;
  options: unknown;
}

const REPORT: PayitilReportRequest = {
  appid: 'wx8888888888888888',
  mch_id: '1900000109',
  interface_url: 'https://api.mch.weixin.qq.com/pay/batchreport/micropay/total',
  user_ip: '8.8.8.8',
  trades: '[]',
};

/** The documented seam: a plain function standing in for the client's sender. */
function recorder() {
  const calls: Call[] = [];
  const send: Send = (segments, verb, options) => {
    calls.push({ segments: [...segments], verb, options });
    return Promise.resolve({ sent: segments.join('/') });
  };
  const wx = createNode(send) as Client;
  // The same node typed as open (every segment, every verb), for calls off the description on purpose.
  const open = wx as unknown as Node;
  return { calls, wx, open };
}

describe('every way of naming a path sends the same segments', () => {
  test('property chain, chain(), bracket key and a kept node', async () => {
    const { calls, wx } = recorder();
    const xml = { xml: REPORT };
    await wx.v2.payitil.report.post(xml);
    await wx.chain('v2/payitil/report').post(xml);
    await wx['v2/payitil/report'].post(xml);
    const v2 = wx.v2;
    await v2.payitil.report.post(xml);
    await v2.chain('payitil').report.post(xml);
    await wx.chain('v2').chain('payitil/report').post(xml);
    expect(calls).toHaveLength(6);
    for (const call of calls) expect(call).toEqual({ segments: ['v2', 'payitil', 'report'], verb: 'post', options: xml });
  });

  test('a kept node is not changed by building children from it', async () => {
    const { calls, open } = recorder();
    const v3 = open.v3!;
    void v3.pay!.transactions;
    void v3.merchantService;
    await v3.get();
    expect(calls[0]?.segments).toEqual(['v3']);
  });

  test('chain() on a deep node appends, verbatim', async () => {
    const { calls, wx, open } = recorder();
    await open.v2!.secapi!.chain('mch/addInstitutionsub').post();
    await wx.v3.pay.chain('/transactions//id/').chain('{transaction_id}').get({ transaction_id: '1' });
    expect(calls[0]?.segments).toEqual(['v2', 'secapi', 'mch', 'addInstitutionsub']);
    expect(calls[1]?.segments).toEqual(['v3', 'pay', 'transactions', 'id', '{transaction_id}']);
  });

  test('a trailing slash is sent, and gives way to a following segment', async () => {
    const { calls, open } = recorder();
    await open.chain('v3/applyment4sub/applyment/').post();
    await open.chain('v3/applyment4sub/').chain('applyment/').post();
    await open.chain('v3/applyment4sub/').applyment!.post();
    expect(calls.map((call) => call.segments)).toEqual([
      ['v3', 'applyment4sub', 'applyment', ''],
      ['v3', 'applyment4sub', 'applyment', ''],
      ['v3', 'applyment4sub', 'applyment'],
    ]);
  });

  test('property names are normalised as in PHP, bracket paths are not', async () => {
    const { calls, wx, open } = recorder();
    await wx.v3.merchantService.complaintsV2._complaint_id_.get({ complaint_id: '1' });
    // `!`: under noUncheckedIndexedAccess an unknown key of the index signature may be undefined.
    await open['v3/merchantService/PUB_KEY_ID_0114232134912410000000000000']!.get();
    expect(calls[0]?.segments).toEqual(['v3', 'merchant-service', 'complaints-v2', '{complaint_id}']);
    expect(calls[1]?.segments).toEqual(['v3', 'merchantService', 'PUB_KEY_ID_0114232134912410000000000000']);
  });

  test('the verb function passes the options object through untouched', async () => {
    const { calls, open } = recorder();
    const options = { json: { a: 1 } };
    const result = await open.v3!.x!.post(options);
    expect(calls[0]?.options).toBe(options);
    expect(result).toEqual({ sent: 'v3/x' });
  });
});

describe('all ten verbs send their verb', () => {
  const names = [...VERBS, ...VERBS.map((verb) => `${verb}Async` as const)];
  test('there are ten', () => {
    expect(names).toEqual(['get', 'post', 'put', 'patch', 'delete', 'getAsync', 'postAsync', 'putAsync', 'patchAsync', 'deleteAsync']);
  });

  test.each(names)('%s', async (name) => {
    const { calls, open } = recorder();
    await open.v3!.pay!.transactions![name]();
    expect(calls).toEqual([{ segments: ['v3', 'pay', 'transactions'], verb: name.replace(/Async$/, ''), options: undefined }]);
  });

  test('a verb read from the root sends no segments (the route builder refuses it)', async () => {
    const { calls, open } = recorder();
    await open.get();
    expect(calls[0]?.segments).toEqual([]);
  });
});

describe('a node behaves like an ordinary object: nothing is sent by accident', () => {
  test('await node resolves to the node itself and sends nothing', async () => {
    const { calls, wx } = recorder();
    const node = wx.v2.payitil.report;
    const awaited = await node;
    expect(awaited).toBe(node);
    const viaPromise = await Promise.resolve(node);
    expect(viaPromise).toBe(node);
    expect(calls).toHaveLength(0);
  });

  test('returning a node from an async function does not send', async () => {
    const { calls, wx } = recorder();
    const get = async () => wx.v3.pay;
    await get();
    expect(calls).toHaveLength(0);
  });

  test('stringifying and logging give the path and send nothing', () => {
    const { calls, wx } = recorder();
    const node = wx.v2.payitil.report;
    expect(JSON.stringify(node)).toBe('"v2/payitil/report"');
    expect(JSON.stringify({ node })).toBe('{"node":"v2/payitil/report"}');
    expect(String(node)).toBe('v2/payitil/report');
    expect(`${node}`).toBe('v2/payitil/report');
    expect(node.toString()).toBe('v2/payitil/report');
    expect(node.valueOf()).toBe('v2/payitil/report');
    expect(inspect(node)).toBe('[WechatpayNode /v2/payitil/report]');
    expect(inspect({ deep: { node } }, { depth: 5 })).toContain('payitil');
    expect(Object.prototype.toString.call(node)).toBe('[object WechatpayNode]');
    expect(calls).toHaveLength(0);
  });

  test('then, catch, finally, constructor and Symbol.iterator are undefined', () => {
    const { calls, wx } = recorder();
    const node = wx.v2.payitil.report as unknown as Record<string | symbol, unknown>;
    expect(node.then).toBeUndefined();
    expect(node.catch).toBeUndefined();
    expect(node.finally).toBeUndefined();
    expect(node.constructor).toBeUndefined();
    expect(node[Symbol.iterator]).toBeUndefined();
    expect(node[Symbol.asyncIterator]).toBeUndefined();
    expect(calls).toHaveLength(0);
  });

  test('reading those names does not add segments to later calls', async () => {
    const { calls, open } = recorder();
    const node = open.v3!.pay!;
    void String(node);
    void JSON.stringify(node);
    void (node as unknown as { then: unknown }).then;
    await node.get();
    expect(calls[0]?.segments).toEqual(['v3', 'pay']);
  });

  test('the in operator reports verbs and chain, not arbitrary segments', () => {
    const { wx } = recorder();
    const node = wx.v3.pay;
    expect('post' in node).toBe(true);
    expect('getAsync' in node).toBe(true);
    expect('chain' in node).toBe(true);
    expect('then' in node).toBe(false);
    expect('transactions' in node).toBe(false);
  });

  test('the root node stringifies as the empty path', () => {
    const { calls, wx } = recorder();
    expect(String(wx)).toBe('');
    expect(JSON.stringify(wx)).toBe('""');
    expect(calls).toHaveLength(0);
  });
});

describe('jest.spyOn works on a node', () => {
  test('mockResolvedValue replaces the verb and the spy records the call', async () => {
    const { calls, wx } = recorder();
    const node = wx.v2.payitil.report;
    const spy = jest.spyOn(node, 'post').mockResolvedValue({ data: { return_code: 'SUCCESS' } } as never);
    const result = await node.post({ xml: REPORT });
    expect(result).toEqual({ data: { return_code: 'SUCCESS' } });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalledWith({ xml: REPORT });
    expect(calls).toHaveLength(0);
    spy.mockRestore();
    await node.post({ xml: REPORT });
    expect(calls).toHaveLength(1);
  });

  test('a spy on one node does not leak to a fresh node of the same path', async () => {
    const { calls, open } = recorder();
    const spy = jest.spyOn(open.v3!.pay!, 'get').mockResolvedValue(undefined as never);
    await open.v3!.pay!.get();
    expect(spy).not.toHaveBeenCalled();
    expect(calls).toHaveLength(1);
  });
});
