'use strict';
/**
 * `node bench/site.js [--build] [dir]`: the weight of the documentation site built in
 * `dir/docs/.vitepress/dist` (default: this checkout), and with `--build` the time of
 * `vitepress build docs` there first: wall time and CPU time (user + system of the build and its
 * children, from /usr/bin/time when it is there). Prints one JSON line, so that builds of two
 * checkouts can be run in turn and compared (docs/benchmarks.md, "The documentation site").
 */
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, readFileSync, statSync } = require('node:fs');
const { join, resolve } = require('node:path');

const build = process.argv.includes('--build');
const root = resolve(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? join(__dirname, '..'));
const dist = join(root, 'docs', '.vitepress', 'dist');
/** The vitepress command (its `bin`; the package exports no path to it), from this checkout's dependencies. */
const VITEPRESS = join(require.resolve('vitepress/package.json'), '..', 'bin', 'vitepress.js');
const TIME = '/usr/bin/time';

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? files(full) : [{ path: full, bytes: statSync(full).size }];
  });
}

function timedBuild() {
  const command = [process.execPath, VITEPRESS, 'build', 'docs'];
  const timed = existsSync(TIME);
  const started = process.hrtime.bigint();
  const result = spawnSync(timed ? TIME : command[0], timed ? ['-f', 'cpu %U %S', ...command] : command.slice(1), {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`vitepress build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(result.stderr);
  return { wallSeconds: +wallSeconds.toFixed(1), cpuSeconds: cpu ? +(Number(cpu[1]) + Number(cpu[2])).toFixed(1) : null };
}

const timing = build ? timedBuild() : {};
const all = files(dist);
const sum = (list) => list.reduce((total, file) => total + file.bytes, 0);
const html = all.filter((file) => file.path.endsWith('.html'));
const index = all.filter((file) => /@localSearchIndex/.test(file.path));
const page = join(dist, 'api', 'v3', 'refund', 'domestic', 'refunds.html');
console.log(
  JSON.stringify({
    checkout: root,
    ...timing,
    siteBytes: sum(all),
    files: all.length,
    htmlBytes: sum(html),
    searchIndexBytes: sum(index),
    refundsPageHtmlBytes: existsSync(page) ? readFileSync(page).length : null,
  }),
);
