import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { childEnv, ENTRY, ROOT, TSX } from '../cli/run-cli';
import { freePort } from '../helpers/http';
import { documentationBlocks, type CodeBlock } from './blocks';

// docs/cli.md's simulator session, run as written by bash in an empty folder with `wechatpay` on
// PATH (the command from its sources): the seed file of "Calling an endpoint", then the session.
// Only its fixed port 8000 becomes a free one.
const blocks = documentationBlocks(ROOT);

function shell(heading: string, text: string): CodeBlock {
  const found = blocks.find((b) => b.file === 'docs/cli.md' && b.heading === heading && b.language === 'sh' && b.code.includes(text));
  if (!found) throw new Error(`docs/cli.md has no sh block under "${heading}" holding ${JSON.stringify(text)}`);
  return found;
}

/** The lines of `code` from the one holding `start` to the next line that is exactly `end`. */
function lines(code: string, start: string, end: string): string {
  const all = code.split('\n');
  const from = all.findIndex((line) => line.includes(start));
  const to = all.findIndex((line, i) => i > from && line === end);
  if (from < 0 || to < 0) throw new Error(`no ${start} … ${end} in the block`);
  return all.slice(from, to + 1).join('\n');
}

function bash(script: string, cwd: string, bin: string, timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn('bash', ['-c', script], { cwd, env: childEnv({ PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` }), detached: true });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // The whole process group (bash and the simulator it started) goes when the time is up.
  const timer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), timeoutMs);
  return new Promise((resolve) => child.on('close', (code) => (clearTimeout(timer), resolve({ code, stdout, stderr }))));
}

test('docs/cli.md: the simulator session (report, Native order, query, certificates download) runs as written', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wechatpay-cli-docs-'));
  try {
    const bin = path.join(dir, 'bin');
    mkdirSync(bin);
    writeFileSync(path.join(bin, 'wechatpay'), `#!/bin/sh\nexec "${process.execPath}" "${TSX}" "${ENTRY}" "$@"\n`);
    chmodSync(path.join(bin, 'wechatpay'), 0o755);
    const seed = lines(shell('Calling an endpoint: `wechatpay <uri>`', 'cat > seed.json').code, 'cat > seed.json', 'EOF');
    const session = shell('The simulator: `wechatpay simulate`', '--write-config sim.json &').code;
    expect(session).toContain('--port 8000');
    const script = `set -e\n${seed}\n${session.replace('--port 8000', `--port ${await freePort()}`)}\nwait\n`;
    const { code, stdout, stderr } = await bash(script, dir, bin, 90_000);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/"return_code": "SUCCESS"[\s\S]*"result_code": "SUCCESS"/);
    expect(stdout).toMatch(/"code_url": "weixin:\/\/wxpay\/bizpayurl/);
    expect(stdout).toMatch(/"out_trade_no": "sim_order_0001"[\s\S]*"trade_state": "NOTPAY"/);
    // Driven from the same shell through the control interface: the order paid, its notification attempt listed.
    expect(stdout).toMatch(/control POST \/orders\/sim_order_0001\/pay -> 200/);
    expect(stdout).toMatch(/"total": 1,\s+"limit": 1,\s+"notifications": \[\s+\{[^}]*"event_type": "TRANSACTION.SUCCESS"/);
    expect(stdout).toMatch(/SIGINT: stopping[\s\S]*simulator stopped/);
    expect(readdirSync(path.join(dir, 'sim-certs'))).toEqual([expect.stringMatching(/^wechatpay_[0-9A-F]+\.pem$/)]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
