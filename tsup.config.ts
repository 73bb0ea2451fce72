import { defineConfig } from 'tsup';

// One build, two module formats: `import` gets dist/index.mjs, `require` gets dist/index.cjs,
// each with its own declaration file (see the `exports` map in package.json).
export default defineConfig({
  entry: { index: 'src/index.ts', simulator: 'src/simulator/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node18',
  platform: 'node',
  splitting: false,
  outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.mjs' }),
});
