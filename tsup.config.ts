import { defineConfig } from 'tsup';

const shared = { sourcemap: true, target: 'node18', platform: 'node', splitting: false } as const;
// The 2 MB endpoint types live in one declaration file, dist/endpoints.d.ts, that the ESM and
// CommonJS declarations both import (as `wechatpay-ts/endpoints`, see package.json `exports`).
const ENDPOINTS = 'wechatpay-ts/endpoints';
const ESM_REQUIRE = "import { createRequire as __wechatpayRequire } from 'node:module'; const require = __wechatpayRequire(import.meta.url);";

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
    // undici and xml2js load on first use by a literal require() (src/util/lazy.ts): the ESM build defines it.
    banner: ({ format }) => (format === 'esm' ? { js: ESM_REQUIRE } : {}),
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
