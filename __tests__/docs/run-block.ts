/**
 * Runs a documentation block for real: its TypeScript (preamble included) transpiled and run as the
 * body of an async function, `wechatpay-ts` and `wechatpay-ts-simulator` being the package's public
 * entries. The names a preamble declares are given by the test (the reader's own values), and a
 * client built without a `baseURL` is pointed at the simulator: nothing else is changed.
 */
import ts from 'typescript';
import * as api from '../../src/index';
import type { ClientConfig } from '../../src/index';
import * as simulator from 'wechatpay-ts-simulator';
import type { CodeBlock } from './blocks';

export interface RunContext {
  /** Where clients built by the block send their calls, unless the block gives a `baseURL`. */
  baseURL?: string;
  /** Values for the names the block's preamble declares. */
  given?: Record<string, unknown>;
  /** Receives what the block logs with `console.log` (and `info`). */
  log?: (...values: unknown[]) => void;
  /** Receives what the block logs with `console.error` (and `warn`). */
  error?: (...values: unknown[]) => void;
  /** Receives what the block exports, as it exports it (a function declaration before the block runs). */
  exports?: Record<string, unknown>;
}

type AsyncBody = (...args: unknown[]) => Promise<unknown>;
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => AsyncBody;

function packageFor({ baseURL }: RunContext): unknown {
  const factory = (config: ClientConfig) => api.Builder.factory(baseURL === undefined ? config : { baseURL, ...config });
  return { ...api, Builder: { factory } };
}

/** Runs the block; resolves when its last line has run, rejects with what it threw. */
export async function runBlock(block: CodeBlock, context: RunContext = {}): Promise<void> {
  const source = `${block.preamble}\n${block.code}\n`;
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    fileName: `${block.file}.block-${block.index}.ts`,
  });
  const modules: Record<string, unknown> = { 'wechatpay-ts': packageFor(context), 'wechatpay-ts-simulator': simulator };
  const load = (id: string): unknown => (id in modules ? modules[id] : require(id));
  const log = context.log ?? (() => undefined);
  const error = context.error ?? (() => undefined);
  const shownConsole = { ...console, log, info: log, error, warn: error };
  const given = context.given ?? {};
  const body = new AsyncFunction('require', 'exports', 'module', 'console', ...Object.keys(given), outputText);
  const exported = context.exports ?? {};
  await body(load, exported, { exports: exported }, shownConsole, ...Object.values(given));
}
