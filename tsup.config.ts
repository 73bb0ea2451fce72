import { writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// No source maps: dist/ is not minified, so a stack trace already names the function and its line;
// the maps were 2.4 MB of the package.
const shared = { sourcemap: false, target: 'node18', platform: 'node', splitting: false } as const;
// The 2 MB endpoint types live in one declaration file, dist/endpoints.d.ts, that the ESM and
// CommonJS declarations both import (as `wechatpay-ts/endpoints`, see package.json `exports`).
const ENDPOINTS = 'wechatpay-ts/endpoints';
// `wechatpay simulate` loads the simulator's command line from its own package, when installed
// (packages/simulator): never bundled, never a dependency of the SDK.
const SIMULATOR_CLI = 'wechatpay-ts-simulator/cli';

/** The library's entry: `import` gets dist/index.mjs, `require` gets dist/index.cjs (package.json `exports`). */
const LIBRARY = { index: 'src/index.ts' };

/**
 * The declarations `import` resolves to (dist/*.d.mts): the CommonJS ones re-exported, so the types
 * ship once, not once per format (an ESM file may re-export a CommonJS declaration file).
 */
function writeEsmDeclarations(): void {
  for (const name of Object.keys(LIBRARY)) writeFileSync(`dist/${name}.d.mts`, `export * from './${name}.js';\n`);
}

export default defineConfig([
  // The library, ESM.
  {
    ...shared,
    entry: LIBRARY,
    format: ['esm'],
    dts: false,
    external: [ENDPOINTS],
    clean: true,
    outExtension: () => ({ js: '.mjs' }),
    onSuccess: async () => writeEsmDeclarations(),
  },
  // The library, CommonJS, with its declarations.
  {
    ...shared,
    entry: LIBRARY,
    format: ['cjs'],
    dts: true,
    external: [ENDPOINTS],
    clean: false,
    outExtension: () => ({ js: '.cjs' }),
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
    external: [SIMULATOR_CLI],
    outExtension: () => ({ js: '.cjs' }),
  },
]);
