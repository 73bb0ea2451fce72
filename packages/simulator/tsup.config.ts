import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

// No source maps: dist/ is not minified, so a stack trace already names the function and its line.
// `wechatpay-ts` (a peer dependency) and commander stay imports: tsup leaves dependencies out.
const shared = { sourcemap: false, target: 'node18', platform: 'node', splitting: false, format: 'cjs', clean: false } as const;

/** An import that `importer` makes of `request` loads an already built file instead of bundling a second copy. */
function once(name: string, request: RegExp, importer: (path: string) => boolean, built: string): Plugin {
  return {
    name,
    setup(build) {
      build.onResolve({ filter: request }, (args) => (importer(args.importer) ? { path: built, external: true } : undefined));
    },
  };
}

/** The compiled API description (src/contract/data.ts, 0.2 MB) ships once, as dist/contract.cjs. */
const contractOnce = once('contract-once', /^\.\/data$/, (path) => path.endsWith(join('src', 'contract', 'catalog.ts')), './contract.cjs');
/** The command line loads the simulator from dist/index.cjs. */
const libraryOnce = once('library-once', /^\.\.$/, (path) => path.includes(join('src', 'cli', '')), './index.cjs');
/** The `bin` loads the command line from dist/cli.cjs. */
const cliOnce = once('cli-once', /^\.\/main$/, (path) => path.endsWith(join('src', 'cli', 'bin.ts')), './cli.cjs');

/**
 * The `import` entry re-exports the CommonJS build by name, so the code ships once (the simulator
 * runs only on Node, where either format loads), and its declarations re-export the CommonJS ones.
 */
function writeEsmEntry(): void {
  const load = createRequire(join(process.cwd(), 'package.json'));
  const built = load.resolve('./dist/index.cjs');
  delete load.cache[built];
  const names = Object.keys(load(built) as object).sort();
  writeFileSync('dist/index.mjs', `import simulator from './index.cjs';\n\nexport const { ${names.join(', ')} } = simulator;\n`);
  writeFileSync('dist/index.d.mts', `export * from './index.js';\n`);
}

export default defineConfig([
  { ...shared, entry: { contract: 'src/contract/data.ts' }, dts: false, outExtension: () => ({ js: '.cjs' }) },
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    dts: true,
    esbuildPlugins: [contractOnce],
    outExtension: () => ({ js: '.cjs' }),
    onSuccess: async () => writeEsmEntry(),
  },
  { ...shared, entry: { cli: 'src/cli/main.ts' }, dts: false, esbuildPlugins: [libraryOnce], outExtension: () => ({ js: '.cjs' }) },
  { ...shared, entry: { bin: 'src/cli/bin.ts' }, dts: false, esbuildPlugins: [cliOnce], outExtension: () => ({ js: '.cjs' }) },
]);
