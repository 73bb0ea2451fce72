/**
 * One bundle of the consumer project, by one bundler, in its own process (the bundlers are ESM
 * packages; jest runs CommonJS): `node build.mjs <bundler> <project> <out>` bundles
 * <project>/server.mjs or server.cjs into the folder <out> and prints the file to run.
 * Each build is what that bundler's guide says for a Node server, every dependency bundled.
 */
import path from 'node:path';

// esbuild's ESM output of CommonJS packages (axios' dependencies, undici, xml2js) needs a
// `require` for Node's built-in modules: the banner esbuild's documentation gives.
const REQUIRE_BANNER = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

async function esbuild(project, out, entry, format) {
  const { build } = await import('esbuild');
  const outfile = path.join(out, format === 'esm' ? 'server.mjs' : 'server.cjs');
  await build({
    absWorkingDir: project,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: 'node18',
    format,
    outfile,
    logLevel: 'error',
    ...(format === 'esm' ? { banner: { js: REQUIRE_BANNER } } : {}),
  });
  return outfile;
}

async function webpack(project, out) {
  const { default: compiler } = await import('webpack');
  const stats = await new Promise((resolve, reject) =>
    compiler(
      {
        context: project,
        entry: './server.mjs',
        target: 'node',
        mode: 'production',
        optimization: { minimize: false },
        devtool: false,
        output: { path: out, filename: 'server.js' },
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return path.join(out, 'server.js');
}

async function vite(project, out) {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: project,
    logLevel: 'error',
    ssr: { noExternal: true },
    build: { ssr: 'server.mjs', outDir: out, emptyOutDir: true, minify: false },
  });
  return path.join(out, 'server.mjs');
}

const BUNDLERS = {
  'esbuild-esm-from-import': (project, out) => esbuild(project, out, 'server.mjs', 'esm'),
  'esbuild-cjs-from-import': (project, out) => esbuild(project, out, 'server.mjs', 'cjs'),
  'esbuild-cjs-from-require': (project, out) => esbuild(project, out, 'server.cjs', 'cjs'),
  webpack,
  vite,
};

const [name, project, out] = process.argv.slice(2);
if (!BUNDLERS[name] || !project || !out) {
  console.error(`usage: node build.mjs <${Object.keys(BUNDLERS).join('|')}> <project> <out>`);
  process.exit(2);
}
const file = await BUNDLERS[name](path.resolve(project), path.resolve(out));
console.log(path.relative(path.resolve(out), file));
