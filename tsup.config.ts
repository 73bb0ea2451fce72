import { defineConfig } from 'tsup';

const shared = { sourcemap: true, target: 'node18', platform: 'node', splitting: false } as const;
// The 2 MB endpoint types live in one declaration file, dist/endpoints.d.ts, that the ESM and
// CommonJS declarations both import (as `wechatpay-ts/endpoints`, see package.json `exports`).
const ENDPOINTS = 'wechatpay-ts/endpoints';

export default defineConfig([
  // The library: `import` gets dist/*.mjs, `require` gets dist/*.cjs, each with its own
  // declaration file (see the `exports` map in package.json).
  {
    ...shared,
    entry: { index: 'src/index.ts', simulator: 'src/simulator/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    external: [ENDPOINTS],
    clean: true,
    outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.mjs' }),
  },
  // The endpoint types, declarations only, once.
  {
    ...shared,
    entry: { endpoints: 'src/generated/endpoints.ts' },
    format: ['cjs'],
    dts: { only: true },
    clean: false,
  },
  // The `wechatpay` command (package.json `bin`): one CommonJS file, no declarations.
  {
    ...shared,
    entry: { cli: 'src/cli/index.ts' },
    format: ['cjs'],
    dts: false,
    clean: false,
    outExtension: () => ({ js: '.cjs' }),
  },
]);
