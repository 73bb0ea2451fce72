import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The repository root: the CLI runs from its sources through tsx, so no build is needed. */
export const ROOT = join(__dirname, '..', '..');
export const TSX = require.resolve('tsx/cli');
export const ENTRY = join(ROOT, 'src', 'cli', 'index.ts');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** WECHATPAY_* and the like; the parent's WECHATPAY_* variables never leak in. */
  env?: Record<string, string>;
  cwd?: string;
  input?: string;
  timeoutMs?: number;
  /** The name the command is started by (as npm's \`bin\` links it): a link of that name to the entry. */
  as?: string;
}

/** Only what node needs from the parent's environment: a developer's WECHATPAY_* must not change results. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const keep = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('WECHATPAY_') && !name.startsWith('JEST') && name !== 'NODE_OPTIONS'),
  );
  return { ...keep, ...extra };
}

/** Starts `wechatpay …` as a child process. */
export function spawnCli(args: readonly string[], options: RunOptions = {}): ChildProcess {
  return spawnTsx([ENTRY, ...args], options);
}

function spawnTsx(args: readonly string[], options: RunOptions): ChildProcess {
  // Its own process group: tsx runs the code in a grandchild, which a kill must reach too.
  return spawn(process.execPath, [TSX, ...args], { cwd: options.cwd ?? ROOT, env: childEnv(options.env), stdio: ['pipe', 'pipe', 'pipe'], detached: true });
}

/** SIGKILL to the child and everything it started (tsx's grandchild); SIGKILL cannot be relayed. */
function killGroup(child: ChildProcess): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

/** Runs a child to its end (killed after `timeoutMs`) and collects what it printed. */
function collect(child: ChildProcess, what: string, options: RunOptions): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdin!.end(options.input ?? '');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      killGroup(child);
      reject(new Error(`${what} did not end within ${options.timeoutMs ?? 30_000} ms; stderr: ${stderr}`));
    }, options.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Runs `wechatpay …` to its end (killed after `timeoutMs`) and collects what it printed. */
export async function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  if (options.as === undefined) return collect(spawnCli(args, options), `wechatpay ${args.join(' ')}`, options);
  const dir = mkdtempSync(join(tmpdir(), 'wechatpay-cli-bin-'));
  const link = join(dir, options.as);
  symlinkSync(ENTRY, link);
  try {
    return await collect(spawnTsx([link, ...args], options), `${options.as} ${args.join(' ')}`, options);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs TypeScript `code` in a child process (tsx, from the repository root, so `./src/…` imports
 * work), killed after `timeoutMs`: for a call that could block its whole process if it regressed.
 */
export function runTypeScript(code: string, options: RunOptions = {}): Promise<CliResult> {
  return collect(spawnTsx(['-e', code], options), 'the child process', options);
}

/** A temporary directory with a `write(name, content)` helper. */
export function tempDir(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), `wechatpay-cli-${prefix}-`));
  return {
    dir,
    write(name: string, content: unknown): string {
      const path = join(dir, name);
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** stderr of a failed run: exactly one line starting with `error:`. */
export function oneErrorLine(result: CliResult): string {
  const lines = result.stderr.split('\n').filter((line) => line !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^error: /);
  return lines[0]!;
}

/** A running `wechatpay simulate`: its stdout so far, and a bounded wait for a line. */
export function startSimulate(args: string[]) {
  const child: ChildProcess = spawnCli(['simulate', '--port', '0', ...args]);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('close', (code, signal) => done({ code, signal })));
  const waitFor = async (pattern: RegExp, ms = 20_000): Promise<RegExpMatchArray> => {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((done) => setTimeout(done, 25))) {
      const match = pattern.exec(stdout);
      if (match) return match;
      if (child.exitCode !== null) break;
    }
    throw new Error(`no ${pattern} from wechatpay simulate within ${ms} ms; stdout: ${stdout}; stderr: ${stderr}`);
  };
  return { child, exited, waitFor, output: () => ({ stdout, stderr }) };
}
