import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { describePath } from '../errors';
import { fsReason } from '../util/files';
import { UsageError } from './errors';
import { readBounded } from '../util/stream';

/** The most bytes `-d @-` reads from stdin, so a runaway pipe cannot fill memory. */
export const MAX_STDIN_BYTES = 16 * 1024 * 1024;

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/**
 * JSON, or a `UsageError` saying where it breaks: V8's message may quote a secret, so it is never shown.
 *
 * @example parseJson('{"xml":{}}', '-d') // { xml: {} }
 */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    const kind = message.split(/,? "| in JSON| at position/)[0]?.trim() || 'invalid JSON';
    const where = position ? ` (${lineAndColumn(text, Number(position[1]))})` : '';
    throw new UsageError(`${what} is not valid JSON: ${kind}${where}`);
  }
}

async function readStdin(stdin: Readable): Promise<string> {
  const tooLarge = () => new UsageError(`standard input is over ${MAX_STDIN_BYTES} bytes; pass a file with @file.json instead`);
  return (await readBounded(stdin, MAX_STDIN_BYTES, tooLarge)).toString('utf8');
}

/**
 * A JSON command-line argument: the JSON itself, `@file.json` (relative to `cwd`) or `@-` (stdin).
 *
 * @example await jsonArgument('@seed.json', '-d', io) // the file's object
 */
export async function jsonArgument(value: string, what: string, io: { cwd: string; stdin: Readable }): Promise<unknown> {
  if (!value.startsWith('@')) return parseJson(value, what);
  const name = value.slice(1);
  if (name === '') throw new UsageError(`${what}: "@" must be followed by a file name, or "-" for standard input`);
  if (name === '-') return parseJson(await readStdin(io.stdin), `${what} (standard input)`);
  const path = resolve(io.cwd, name);
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw new UsageError(`${what}: cannot read ${describePath(path)} (${fsReason(error)})`);
  });
  return parseJson(text, `${what} (${describePath(path)})`);
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export async function jsonObjectArgument(value: string, what: string, io: { cwd: string; stdin: Readable }): Promise<Record<string, unknown>> {
  const parsed = await jsonArgument(value, what, io);
  if (!isJsonObject(parsed))
    throw new UsageError(`${what} must be a JSON object {…}, got ${parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : `a ${typeof parsed}`}`);
  return parsed;
}
