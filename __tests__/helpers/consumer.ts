import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/**
 * A consumer's project in a new temporary folder, with the built package copied into its
 * node_modules (no symlink back to the repo: the shipped declarations as a user's compiler sees
 * them) and this checkout's axios and @types beside it. Builds dist/ first when it is missing.
 */
export function consumerProject(prefix: string): string {
  if (!existsSync(join(ROOT, 'dist', 'endpoints.d.ts')))
    execFileSync(process.execPath, [require.resolve('tsup/dist/cli-default.js')], { cwd: ROOT, stdio: 'pipe' });
  const project = mkdtempSync(join(tmpdir(), prefix));
  const installed = join(project, 'node_modules', 'wechatpay-ts');
  mkdirSync(installed, { recursive: true });
  cpSync(join(ROOT, 'dist'), join(installed, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(installed, 'package.json'));
  for (const dependency of ['axios', '@types']) symlinkSync(join(ROOT, 'node_modules', dependency), join(project, 'node_modules', dependency));
  return project;
}
