import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** The simulator's workspace package (wechatpay-ts-simulator). */
export const SIMULATOR = join(ROOT, 'packages', 'simulator');

/** Builds the SDK's dist/ and then the simulator's (which type-checks against the SDK's) when missing. */
export function ensureBuilt(): void {
  const tsup = require.resolve('tsup/dist/cli-default.js');
  if (!existsSync(join(ROOT, 'dist', 'endpoints.d.ts'))) execFileSync(process.execPath, [tsup], { cwd: ROOT, stdio: 'pipe' });
  if (!existsSync(join(SIMULATOR, 'dist', 'index.d.ts'))) execFileSync(process.execPath, [tsup], { cwd: SIMULATOR, stdio: 'pipe' });
}

/**
 * A consumer's project in a new temporary folder, with the built packages (the SDK and the
 * simulator) copied into its node_modules (no symlink back to the repo: the shipped declarations
 * as a user's compiler sees them) and this checkout's axios and @types beside it. Builds first when
 * a dist/ is missing.
 */
export function consumerProject(prefix: string): string {
  ensureBuilt();
  const project = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, from] of [
    ['wechatpay-ts', ROOT],
    ['wechatpay-ts-simulator', SIMULATOR],
  ] as const) {
    const installed = join(project, 'node_modules', name);
    mkdirSync(installed, { recursive: true });
    cpSync(join(from, 'dist'), join(installed, 'dist'), { recursive: true });
    cpSync(join(from, 'package.json'), join(installed, 'package.json'));
  }
  for (const dependency of ['axios', '@types']) symlinkSync(join(ROOT, 'node_modules', dependency), join(project, 'node_modules', dependency));
  return project;
}
