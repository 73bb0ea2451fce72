/**
 * The packages as a user gets them: `npm pack` of this checkout (the SDK) or of its simulator
 * package (packages/simulator, wechatpay-ts-simulator), and a project in a new temporary
 * folder that installs the tarball as a user's production install would (no devDependencies, no
 * install scripts, packages from npm's cache when it has them). Used by `npm run size` and the
 * bundle suites (__tests__/bundles).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..');
/** The simulator's workspace package, wechatpay-ts-simulator. */
export const SIMULATOR = join(ROOT, 'packages', 'simulator');

/** What `npm pack --json` says of a tarball. */
export interface Packed {
  tarball: string;
  /** Bytes of the .tgz, and of its files unpacked. */
  size: number;
  unpackedSize: number;
  files: Array<{ path: string; size: number }>;
}

/**
 * Builds dist/ when it is missing (a fresh clone): `npm pack` ships what is there. The SDK first:
 * the simulator's declarations are checked against the SDK's.
 */
export function ensureBuilt(): void {
  const tsup = require.resolve('tsup/dist/cli-default.js');
  if (!['index.cjs', 'index.mjs', 'cli.cjs', 'endpoints.d.ts'].every((file) => existsSync(join(ROOT, 'dist', file))))
    execFileSync(process.execPath, [tsup], { cwd: ROOT, stdio: 'pipe' });
  if (!['index.cjs', 'index.mjs', 'index.d.ts', 'cli.cjs', 'bin.cjs', 'contract.cjs'].every((file) => existsSync(join(SIMULATOR, 'dist', file))))
    execFileSync(process.execPath, [tsup], { cwd: SIMULATOR, stdio: 'pipe' });
}

/** `npm pack` of this checkout (or of `dir`, the simulator's package) into `destination`. */
export function pack(destination: string, dir: string = ROOT): Packed {
  ensureBuilt();
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [packed] = JSON.parse(out) as Array<{ filename: string; size: number; unpackedSize: number; files: Array<{ path: string; size: number }> }>;
  return { tarball: join(destination, packed!.filename), size: packed!.size, unpackedSize: packed!.unpackedSize, files: packed!.files };
}

/**
 * A new project in a temporary folder with `specs` installed (a tarball's path, `name@version`),
 * production dependencies only.
 *
 * @example const project = installInto('wechatpay-size-', [pack(dir).tarball]);
 */
export function installInto(prefix: string, specs: string[]): string {
  const project = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }, null, 2)}\n`);
  execFileSync('npm', ['install', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', ...specs], {
    cwd: project,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 600_000,
  });
  return project;
}

/** Bytes of the files under `dir` (what a container image or a zip holds of it; symlinks not followed). */
export function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) total += bytesUnder(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}
