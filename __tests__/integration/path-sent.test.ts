import { isApiError } from '../../src';
import { useV3 } from '../helpers/v3-client';

// What the APIv3 signature covers is the path and query the server receives, whatever the chain
// holds and whatever the base: the route builds the URL once and signs that. The server checks
// the signature over the path it received, on its own.
const v3 = useV3();

const PREFIXES = ['', 'prefix/', 'prefix'];
const PATHS = [
  'v3/pay/transactions/id/42?mchid=1',
  'v3/a%2Fb/c',
  "v3/x?a=it's",
  'v3/a b',
  'v3/./x',
  'v3/../x',
  'v3/x/..',
  'v3/中',
  'v3/a?x=1&y=%ZZ',
  'v3/applyment4sub/applyment/',
  'v3/x?q=a..b',
  'v3/..x',
  'v3/a\\b',
  'v3/%7Bx%7D',
];

test.each(PREFIXES.flatMap((prefix) => PATHS.map((path) => [prefix, path])))(
  'base %j + chain %j: the server verifies the signature over what it received',
  async (prefix, path) => {
    const error = await v3
      .client({ baseURL: `${v3.server.url}${prefix}` })
      .chain(path)
      .get()
      .catch((e: unknown) => e);
    // Unknown routes answer a signed 404; a wrong signature would have been a 401 SIGN_ERROR.
    expect(isApiError(error) && error.status).toBe(404);
    expect(v3.server.checks).toHaveLength(1);
    expect(v3.server.checks[0]!.authOk).toBe(true);
  },
);
