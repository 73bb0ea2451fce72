import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from './run-cli';

// Every command answers --help on stdout with exit 0; the main help lists the commands and examples.
const COMMANDS = [
  [],
  ['crypto'],
  ...['rsa-sign', 'rsa-verify', 'rsa-encrypt', 'rsa-decrypt', 'aes-gcm-encrypt', 'aes-gcm-decrypt', 'aes-ecb-encrypt', 'aes-ecb-decrypt', 'v2-sign'].map(
    (name) => ['crypto', name],
  ),
  ['certificates'],
  ['certificates', 'download'],
  ['bill'],
  ['bill', 'download'],
  ['simulate'],
];

test.concurrent.each(COMMANDS.map((command) => [command.join(' ') || '(main)', command]))('wechatpay %s --help', async (_name, command) => {
  const result = await runCli([...command, '--help']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toContain(`Usage: wechatpay${command.length ? ` ${command.join(' ')}` : ''} `);
  expect(result.stdout).toMatch(/-h, --help/);
});

test('the main help lists every command, the call options, the variables and the exit codes', async () => {
  const { stdout } = await runCli(['--help']);
  for (const text of [
    'crypto',
    'certificates',
    'bill',
    'simulate',
    '-m, --method',
    '-d, --data',
    '-q, --query',
    '-H, --header',
    '-c, --config',
    '--base-url',
    '--data-only',
    'WECHATPAY_APIV3_KEY',
    'Exit codes',
    'docs/api/README.md',
  ]) {
    expect(stdout).toContain(text);
  }
});

test("wechatpay help [command…] is that command's help; an unknown one is one error line; --version is the package version", async () => {
  const [help, nested, unknown, version] = await Promise.all([
    runCli(['help']),
    runCli(['help', 'crypto', 'rsa-sign']),
    runCli(['help', 'frob']),
    runCli(['--version']),
  ]);
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('Usage: wechatpay [options] [command] [uri]');
  expect(nested.code).toBe(0);
  expect(nested.stdout).toContain('Usage: wechatpay crypto rsa-sign [options]');
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toBe("error: unknown command 'frob'\n");
  expect(version.code).toBe(0);
  expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
});

test('the command calls itself by the name it was started by: wechatpay-ts or wechatpay, in its help and its errors', async () => {
  const [help, bare, plain] = await Promise.all([
    runCli(['--help'], { as: 'wechatpay-ts' }),
    runCli([], { as: 'wechatpay-ts' }),
    runCli([], { as: 'wechatpay' }),
  ]);
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('Usage: wechatpay-ts [options] [command] [uri]');
  expect(help.stdout).toContain('$ wechatpay-ts v2/payitil/report -m post -d @seed.json -c config.json');
  expect(help.stdout).not.toMatch(/\$ wechatpay /);
  expect(bare.code).toBe(2);
  expect(bare.stderr).toBe('error: no command or endpoint given: run `wechatpay-ts --help`\n');
  expect(plain.stderr).toBe('error: no command or endpoint given: run `wechatpay --help`\n');
});
