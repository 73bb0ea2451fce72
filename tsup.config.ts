import { defineConfig } from 'tsup';

const shared = { sourcemap: true, target: 'node18', platform: 'node', splitting: false } as const;

export default defineConfig([
  // The library: `import` gets dist/*.mjs, `require` gets dist/*.cjs, each with its own
  // declaration file (see the `exports` map in package.json).
  {
    ...shared,
    entry: { index: 'src/index.ts', simulator: 'src/simulator/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.mjs' }),
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
