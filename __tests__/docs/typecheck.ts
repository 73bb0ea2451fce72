/**
 * Type-checks code blocks against the package's own public types, all in one TypeScript program
 * (one checker, so the SDK's types are read once): each block is a module of its own, strict, with
 * `wechatpay-ts` and `wechatpay-ts-simulator` resolved to the sources.
 */
import path from 'node:path';
import ts from 'typescript';
import type { CodeBlock } from './blocks';

export interface BlockProblem {
  block: CodeBlock;
  /** `README.md block 3 (line 57, 快速开始), line 4: TS2304 Cannot find name 'wx'.` */
  message: string;
}

function compilerOptions(root: string): ts.CompilerOptions {
  const read = ts.readConfigFile(path.join(root, 'tsconfig.json'), (file) => ts.sys.readFile(file));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root);
  return {
    ...parsed.options,
    noEmit: true,
    types: ['node'],
    moduleDetection: ts.ModuleDetectionKind.Force,
    baseUrl: root,
    paths: { 'wechatpay-ts': ['src/index.ts'], 'wechatpay-ts-simulator': ['packages/simulator/src/index.ts'] },
  };
}

/** The virtual file a block is checked as, beside its Markdown file. */
export function blockFileName(root: string, block: CodeBlock): string {
  return path.join(root, `${block.file}.block-${block.index}.ts`);
}

/** Every problem the checker finds in `blocks`, with the file, block, heading and line it is at. */
export function typecheckBlocks(root: string, blocks: readonly CodeBlock[]): BlockProblem[] {
  const sources = new Map<string, { block: CodeBlock; text: string; offset: number }>();
  for (const block of blocks) {
    const preamble = block.preamble ? `${block.preamble}\n` : '';
    sources.set(blockFileName(root, block), { block, text: `${preamble}${block.code}\n`, offset: preamble.split('\n').length - 1 });
  }
  const options = compilerOptions(root);
  const host = ts.createCompilerHost(options, true);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (file) => sources.has(path.resolve(file)) || ts.sys.fileExists(file);
  host.readFile = (file) => sources.get(path.resolve(file))?.text ?? readFile(file);
  host.getSourceFile = (file, language, onError) => {
    const source = sources.get(path.resolve(file));
    return source ? ts.createSourceFile(file, source.text, language, true) : getSourceFile(file, language, onError);
  };
  const program = ts.createProgram([...sources.keys()], options, host);
  const problems: BlockProblem[] = [];
  for (const [name, { block, offset }] of sources) {
    const file = program.getSourceFile(name);
    if (!file) continue;
    const diagnostics = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
    for (const diagnostic of diagnostics) problems.push({ block, message: describe(block, diagnostic, offset) });
  }
  return problems;
}

function describe(block: CodeBlock, diagnostic: ts.Diagnostic, offset: number): string {
  const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n  ');
  const at = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 - offset : undefined;
  const where = at === undefined ? '' : at < 1 ? ', in its ts-preamble' : `, line ${at} of the block (line ${block.line + at} of the file)`;
  return `${block.file} block ${block.index} (under "${block.heading}"${where}): TS${diagnostic.code} ${text}`;
}
