import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumerProject, ROOT, TSC } from './helpers/consumer';

// The shipped declarations, as a consumer's compiler sees them: the package copied into a
// project's node_modules (no symlink back to the repo), checked under every module resolution.
let project: string;

const CONSUMER = `import { Builder, type EndpointVerb, type V3Options } from 'wechatpay-ts';
import { startSimulator } from 'wechatpay-ts-simulator';

declare module 'wechatpay-ts' {
  interface Endpoints {
    'v3/new/endpoint': { post: EndpointVerb<V3Options<{ foo: string }> & { json: { foo: string } }, { bar: number }> };
  }
}

const wx = Builder.factory({ mchid: '1900000109' });
export async function calls(): Promise<[string | undefined, number, unknown]> {
  const order = await wx.v3.pay.transactions.native.post({ json: { appid: 'wx1', mchid: '1900000109', description: 'd', out_trade_no: 'T1', notify_url: 'https://example.com/n', amount: { total: 1 } } });
  const added = await wx['v3/new/endpoint'].post({ json: { foo: 'x' } });
  // @ts-expect-error: the answer of native has no field named nope
  order.data.nope;
  return [order.data.code_url, added.data.bar, startSimulator];
}
`;

beforeAll(() => {
  project = consumerProject('wechatpay-consumer-');
  writeFileSync(join(project, 'consumer.ts'), CONSUMER);
}, 120_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

test.each([
  ['node10', 'commonjs'],
  ['node16', 'node16'],
  ['nodenext', 'nodenext'],
  ['bundler', 'esnext'],
])(
  'a strict consumer with moduleResolution %s type-checks: typed calls, declaration merging, the simulator package',
  (resolution, module) => {
    const config = {
      compilerOptions: { strict: true, target: 'es2022', module, moduleResolution: resolution, noEmit: true, types: ['node'], skipLibCheck: false },
      files: ['consumer.ts'],
    };
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(config));
    const run = () => execFileSync(process.execPath, [TSC, '-p', project], { encoding: 'utf8', stdio: 'pipe' });
    expect(run).not.toThrow();
  },
  60_000,
);

test('an ESM consumer (a .mts file under node16) type-checks the same through dist/*.d.mts', () => {
  writeFileSync(join(project, 'consumer.mts'), CONSUMER);
  const config = {
    compilerOptions: { strict: true, target: 'es2022', module: 'node16', moduleResolution: 'node16', noEmit: true, types: ['node'], skipLibCheck: false },
    files: ['consumer.mts'],
  };
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(config));
  expect(() => execFileSync(process.execPath, [TSC, '-p', project], { encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
}, 60_000);

test('the 2 MB endpoint declarations ship once, shared by the ESM and CommonJS declarations', () => {
  const large = readdirSync(join(ROOT, 'dist')).filter((name) => /\.d\.m?ts$/.test(name) && statSync(join(ROOT, 'dist', name)).size > 512 * 1024);
  expect(large).toEqual(['endpoints.d.ts']);
});
