/**
 * The layers of src/, lowest first, and what each may import (see each folder's README). A folder
 * imports only from itself and the layers listed for it; nothing imports upward; no cycles.
 * Checked in CI by `npm run lint:layers`.
 */
const LAYERS = {
  types: [],
  errors: [],
  util: ['errors', 'version'],
  crypto: ['util', 'errors'],
  signing: ['crypto', 'util', 'errors'],
  generated: ['types'],
  chain: ['generated', 'types', 'util', 'errors'],
  pipeline: ['chain', 'signing', 'crypto', 'util', 'errors', 'types', 'version'],
  client: ['pipeline', 'chain', 'signing', 'crypto', 'util', 'errors', 'types'],
  helpers: ['client', 'pipeline', 'chain', 'signing', 'crypto', 'util', 'errors', 'types', 'generated'],
  notify: ['client', 'signing', 'crypto', 'util', 'errors', 'types'],
  cli: ['index', 'helpers', 'notify', 'client', 'pipeline', 'chain', 'signing', 'crypto', 'util', 'errors', 'types', 'generated', 'version'],
};

const folder = (name) => (name === 'index' || name === 'version' ? `^src/${name}\\.ts$` : `^src/${name}/`);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle ties layers together: break it by moving the shared piece down.',
      from: {},
      to: { circular: true },
    },
    ...Object.entries(LAYERS).map(([layer, allowed]) => ({
      name: `layer-${layer}`,
      severity: 'error',
      comment: `src/${layer}/ may import only ${allowed.length ? allowed.map((name) => `${name}/`).join(', ') : 'nothing else in src/'} (its README says so)`,
      from: { path: folder(layer) },
      to: { path: '^src/', pathNot: [folder(layer), ...allowed.map(folder)] },
    })),
    {
      name: 'index-surface',
      severity: 'error',
      comment: 'src/index.ts is the public surface: it exports the library, not the CLI.',
      from: { path: '^src/index\\.ts$' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'simulator-uses-public-sdk',
      severity: 'error',
      comment: 'The simulator (packages/simulator) uses the SDK through `wechatpay-ts`, its public API, never its sources.',
      from: { path: '^packages/simulator/' },
      to: { path: '^src/', pathNot: '^src/index\\.ts$' },
    },
    {
      name: 'sdk-without-simulator',
      severity: 'error',
      comment: 'The SDK never imports the simulator: only `wechatpay simulate` requires wechatpay-ts-simulator/cli by name, when installed.',
      from: { path: '^src/', pathNot: '^src/cli/simulate\\.ts$' },
      to: { path: '^packages/' },
    },
    { name: 'version-leaf', severity: 'error', from: { path: '^src/version\\.ts$' }, to: { path: '^src/' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(__tests__|scripts|bench|examples|vendor|dist|packages/simulator/(__tests__|dist))/' },
  },
};
