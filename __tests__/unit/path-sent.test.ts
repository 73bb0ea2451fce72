import { pathSent } from '../../src/pipeline/v3/sign';

// What the v3 signature covers must be what axios sends: the path and query after a URL parser.
// The fast path (no parse) must agree with the parser on every URL it takes.
const parsed = (base: string, url: string) => {
  const full = new URL(`${base.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`);
  return `${full.pathname}${full.search}`;
};

const BASES = ['https://api.mch.weixin.qq.com/', 'https://api.mch.weixin.qq.com', 'http://127.0.0.1:8080/prefix/', 'http://127.0.0.1:8080/prefix'];
const URLS = [
  '/v3/pay/transactions/id/42?mchid=1', '/v3/a%2Fb/c', "/v3/x?a=it's", '/v3/a b', '/v3/./x', '/v3/../x', '/v3/x/..',
  '/v3/中', '/v3/a?x=1&y=%ZZ', '/v3/applyment4sub/applyment/', '/v3/x?q=a..b', '/v3/..x', '/v3/a\\b', '/v3/{x}',
];

test.each(BASES.flatMap((base) => URLS.map((url) => [base, url])))('pathSent(%j, %j) is what the URL parser sends', (base, url) => {
  expect(pathSent(base, url)).toBe(parsed(base, url));
});
