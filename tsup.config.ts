import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { defineConfig, type Options } from 'tsup';

// No source maps: dist/ is not minified, so a stack trace already names the function and its line;
// the maps were 2.4 MB of the package.
const shared = { sourcemap: false, target: 'node18', platform: 'node', splitting: false } as const;
// The 2 MB endpoint types live in one declaration file, dist/endpoints.d.ts, that the ESM and
// CommonJS declarations both import (as `wechatpay-ts/endpoints`, see package.json `exports`).
const ENDPOINTS = 'wechatpay-ts/endpoints';

/**
 * The simulator's compiled API description (src/simulator/contract/data.ts, 0.2 MB) ships once, as
 * dist/contract.cjs, which dist/simulator.cjs loads.
 */
const CONTRACT_CHUNK = './contract.cjs';
const contractOnce: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'contract-once',
  setup(build) {
    build.onResolve({ filter: /^\.\/data$/ }, ({ importer }) =>
      importer.endsWith(join('simulator', 'contract', 'catalog.ts')) ? { path: CONTRACT_CHUNK, external: true } : undefined,
    );
  },
};

/**
 * The command line loads the simulator from dist/simulator.cjs rather than carrying a second copy
 * of it (`wechatpay simulate` is its only user; the package must stay under 4.5 MB).
 */
const simulatorOnce: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'simulator-once',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/simulator$/ }, ({ importer }) =>
      importer.includes(join('src', 'cli', '')) ? { path: './simulator.cjs', external: true } : undefined,
    );
  },
};

/** The library's entries: `import` gets dist/*.mjs, `require` gets dist/*.cjs (package.json `exports`). */
const LIBRARY = { index: 'src/index.ts', simulator: 'src/simulator/index.ts' };

/**
 * The declarations `import` resolves to (dist/*.d.mts): the CommonJS ones re-exported, so the types
 * ship once, not once per format (an ESM file may re-export a CommonJS declaration file).
 */
function writeEsmDeclarations(): void {
  for (const name of Object.keys(LIBRARY)) writeFileSync(`dist/${name}.d.mts`, `export * from './${name}.js';\n`);
}

/**
 * The simulator's `import` entry re-exports its CommonJS build by name, so its code ships once (it
 * runs only on Node, where either format loads). By name from the default import, since webpack
 * (as Node) gives an .mjs file only the default export of a CommonJS one.
 */
function writeEsmSimulator(): void {
  const load = createRequire(join(process.cwd(), 'package.json'));
  const built = load.resolve('./dist/simulator.cjs');
  delete load.cache[built];
  const names = Object.keys(load(built) as object).sort();
  writeFileSync('dist/simulator.mjs', `import simulator from './simulator.cjs';\n\nexport const { ${names.join(', ')} } = simulator;\n`);
}

export default defineConfig([
  // The library, ESM (the simulator's entry is written by writeEsmSimulator).
  {
    ...shared,
    entry: { index: LIBRARY.index },
    format: ['esm'],
    dts: false,
    external: [ENDPOINTS],
    clean: true,
    outExtension: () => ({ js: '.mjs' }),
    onSuccess: async () => writeEsmDeclarations(),
  },
  // The library, CommonJS, with the declarations of both.
  {
    ...shared,
    entry: LIBRARY,
    format: ['cjs'],
    dts: true,
    external: [ENDPOINTS],
    esbuildPlugins: [contractOnce],
    clean: false,
    outExtension: () => ({ js: '.cjs' }),
    onSuccess: async () => writeEsmSimulator(),
  },
  // The endpoint types, declarations only, once.
  {
    ...shared,
    entry: { endpoints: 'src/generated/endpoints.ts' },
    format: ['cjs'],
    dts: { only: true },
    clean: false,
  },
  // The simulator's compiled API description, once (CONTRACT_CHUNK).
  {
    ...shared,
    entry: { contract: 'src/simulator/contract/data.ts' },
    format: ['cjs'],
    dts: false,
    clean: false,
    outExtension: () => ({ js: '.cjs' }),
  },
  // The `wechatpay` command (package.json `bin`): one CommonJS file, no declarations.
  {
    ...shared,
    entry: { cli: 'src/cli/index.ts' },
    format: ['cjs'],
    dts: false,
    clean: false,
    esbuildPlugins: [simulatorOnce],
    outExtension: () => ({ js: '.cjs' }),
  },
]);
