import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { codeBlocks, type CodeBlock } from './blocks';
import { runBlock } from './run-block';

// docs/testing.md as a reader uses it: its Jest file run by Jest in a folder of its own, with
// `wechatpay-ts` resolved to the sources; the Vitest file is that file with Vitest's import (Vitest
// is not installed here, so only that difference is checked); its other examples run as written.
// (Its Chinese twin holds the same code: translation.test.ts.)
const ROOT = path.resolve(__dirname, '../..');
const GUIDE = 'docs/testing.md';
const blocks = codeBlocks(GUIDE, readFileSync(path.join(ROOT, GUIDE), 'utf8'));

function block(heading: string, text: string): CodeBlock {
  const found = blocks.find((b) => b.heading === heading && b.language === 'ts' && b.code.includes(text));
  if (!found) throw new Error(`${GUIDE} has no ts block under "${heading}" holding ${JSON.stringify(text)}`);
  return found;
}

const JEST_IMPORT = /^import \{[^}]*\} from '@jest\/globals';$/m;
const jestFile = block('Start and close it per suite (Jest)', "from '@jest/globals'").code;
const vitestImport = block('In Vitest', "from 'vitest'").code.trim();
const SOURCES = { 'wechatpay-ts-simulator': path.join(ROOT, 'packages/simulator/src/index.ts'), 'wechatpay-ts': path.join(ROOT, 'src/index.ts') };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'wechatpay-testing-guide-'));
  // The runners and their test functions resolve from the folder, as in a merchant's project.
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a runner's JSON report says of its tests. */
interface Report {
  numPassedTests: number;
  numFailedTests: number;
  testResults: Array<{ message?: string; assertionResults: Array<{ title: string; status: string; failureMessages: string[] }> }>;
}

function outcome(report: Report): { passed: number; failed: number; failures: string[] } {
  const failures = report.testResults.flatMap((file) => [
    ...(file.message ? [file.message] : []),
    ...file.assertionResults.filter((test) => test.status !== 'passed').map((test) => `${test.title}: ${test.failureMessages.join('\n')}`),
  ]);
  return { passed: report.numPassedTests, failed: report.numFailedTests, failures };
}

/** Runs `args` with Node in `dir`; the report file is read whether the run passed or failed. */
function run(args: string[], reportFile: string): Report {
  try {
    execFileSync(process.execPath, args, { cwd: dir, stdio: 'pipe', timeout: 240_000 });
  } catch (error) {
    if (!existsSync(reportFile)) throw error;
  }
  return JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
}

test('the Vitest file is the Jest file with the import of the test functions changed, nothing else', () => {
  expect(jestFile.match(new RegExp(JEST_IMPORT, 'gm'))).toHaveLength(1);
  expect(vitestImport).toBe(jestFile.match(JEST_IMPORT)![0].replace("'@jest/globals'", "'vitest'"));
});

test('the Jest file passes under Jest: a suite of five tests against one simulator, faults scripted', () => {
  writeFileSync(path.join(dir, 'checkout.jest.test.ts'), jestFile);
  const config = {
    rootDir: dir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/checkout.jest.test.ts'],
    transform: { '^.+\\.ts$': [require.resolve('ts-jest'), { tsconfig: path.join(ROOT, 'tsconfig.json') }] },
    moduleNameMapper: Object.fromEntries(Object.entries(SOURCES).map(([name, file]) => [`^${name}$`, file])),
    testTimeout: 20_000,
  };
  const report = path.join(dir, 'jest.json');
  const jest = require.resolve('jest/bin/jest');
  const result = outcome(run([jest, '--config', JSON.stringify(config), '--runInBand', '--json', '--outputFile', report], report));
  expect(result).toEqual({ passed: 5, failed: 0, failures: [] });
}, 300_000);

test('the test signer: a notification verified, a late one and a changed one refused, and APIv2', async () => {
  const lines: string[] = [];
  await runBlock(block('Notifications', 'signNotification('), { log: (...values) => lines.push(values.join(' ')) });
  expect(lines).toEqual(['TRANSACTION.SUCCESS order_0001', 'STALE_TIMESTAMP', 'BAD_SIGNATURE', 'order_0001']);
});

test('an existing configuration pointed at the simulator: the simulator started from it, a Native order answered', async () => {
  const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const config = {
    mchid: '1900000109',
    serial: '1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C',
    privateKey: merchant.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    secret: 'your-apiv2-secret-key-length-32b',
    apiv3Key: 'your-apiv3-secret-key-length-32b',
  };
  const lines: string[] = [];
  await runBlock(block('Point an existing integration at it', 'startSimulator('), { given: { config }, log: (...values) => lines.push(values.join(' ')) });
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^weixin:\/\/wxpay\/bizpayurl\?pr=/);
});
