import { InvalidArgumentError, Option, type Command } from 'commander';
import { describePath, isInvalidRequestError } from '../errors';
import { VERBS, type Verb } from '../chain/verbs';
import type { WechatpayResponse } from '../types';
import { clientFrom, loadConfig } from './config';
import { UsageError } from './errors';
import { printJson, type Io } from './io';
import { isJsonObject, jsonArgument, jsonObjectArgument } from './json-input';
import { misspelledPath } from './suggest';

interface RequestFlags {
  method?: Verb;
  data?: string;
  query?: string;
  header?: string[];
  config?: string;
  baseUrl?: string;
  dataOnly?: boolean;
  /** false with --no-path-check: send a path close to a documented one as written. */
  pathCheck?: boolean;
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const API_ROOTS = ['v3', 'v2', 'hk', 'global'];

/** A missing placeholder value, said in the CLI's terms: which `-d` key to add. */
function withPlaceholderHint(error: unknown): unknown {
  const name = isInvalidRequestError(error) ? /needs a value for \{([^}]+)\}/.exec(error.message)?.[1] : undefined;
  if (name === undefined) return error;
  return new UsageError(
    `${(error as Error).message.replace(/: pass \{.*\} in the options$/, '')}: give it in -d, e.g. -d '${JSON.stringify({ [name]: '…' })}'`,
    { cause: error },
  );
}

function parseVerb(value: string): Verb {
  const verb = value.toLowerCase();
  if (!(VERBS as readonly string[]).includes(verb)) throw new InvalidArgumentError(`expected one of ${VERBS.join(', ')}`);
  return verb as Verb;
}

export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** `-H 'Name: value'` lines to a header object; a name given twice is refused, not overwritten. */
export function parseHeaders(lines: readonly string[], into: Record<string, unknown> = {}): Record<string, unknown> {
  const headers = { ...into };
  const seen = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!HEADER_NAME.test(name)) throw new UsageError(`-H must look like 'Name: value', got a line with ${colon < 0 ? 'no colon' : 'an invalid header name'}`);
    if (seen.has(name.toLowerCase())) throw new UsageError(`the header ${name} is given twice (-H and/or -d "headers")`);
    seen.add(name.toLowerCase());
    headers[name] = line.slice(colon + 1).trim();
  }
  return headers;
}

function headersOf(response: WechatpayResponse): Record<string, unknown> {
  const headers = response.headers as unknown as { toJSON?: () => Record<string, unknown> };
  return typeof headers.toJSON === 'function' ? headers.toJSON() : { ...(response.headers as Record<string, unknown>) };
}

/** One call's options, as PHP's: `-d` is the whole of it, `-q` its `query`, each `-H` one header. */
export async function callOptions(flags: RequestFlags, io: Io, command: string): Promise<Record<string, unknown>> {
  const options = flags.data === undefined ? {} : await jsonObjectArgument(flags.data, '-d', io);
  if (flags.query !== undefined) {
    if (options.query !== undefined) throw new UsageError('the query is given twice: in -q and in -d\'s "query"; give it once');
    const query = await jsonArgument(flags.query, '-q', io);
    if (!isJsonObject(query)) throw new UsageError('-q must be a JSON object such as {"mchid":"1900000109"}');
    options.query = query;
  }
  if (flags.header?.length) {
    if (options.headers !== undefined && !isJsonObject(options.headers)) throw new UsageError('-d\'s "headers" must be an object');
    options.headers = parseHeaders(flags.header, options.headers as Record<string, unknown> | undefined);
  }
  const { responseType } = options;
  // The output is JSON: a stream or raw bytes cannot go into it (bills have their own command).
  if (responseType !== undefined && responseType !== 'json' && responseType !== 'text') {
    throw new UsageError(
      `-d "responseType" may be "json" or "text" here, got ${typeof responseType === 'string' ? describePath(responseType) : typeof responseType}; download bills with \`${command} bill download\``,
    );
  }
  return options;
}

/**
 * `wechatpay <uri> …`: any endpoint, v2 or v3, printed as `{ status, headers, data }`.
 *
 * @example wechatpay v2/payitil/report -m post -d @seed.json -c config.json
 */
export function registerRequest(program: Command, io: Io): void {
  program
    .argument('[uri]', 'the endpoint path as in the chain, e.g. v3/pay/transactions/id/{transaction_id} or v2/payitil/report')
    .addOption(new Option('-m, --method <verb>', `HTTP verb: ${VERBS.join(', ')} (default: get, or post when -d holds xml, json or body)`).argParser(parseVerb))
    .option(
      '-d, --data <json>',
      'the call\'s whole options object as JSON, or @file.json, or @- for stdin: {"xml":{…}} (v2), {"json":{…}} (v3), plus placeholders, "query", "headers", "security", "timeout"',
    )
    .option('-q, --query <json>', 'the query string as a JSON object (the options\' "query")')
    .option('-H, --header <line>', "a request header 'Name: value' (repeatable)", collect)
    .option('-c, --config <file>', 'configuration JSON file (WECHATPAY_* variables fill what it lacks)')
    .option('--base-url <url>', 'send to this base URL instead of https://api.mch.weixin.qq.com/')
    .option('--data-only', "print only the answer's data, not { status, headers, data }")
    .option('--no-path-check', 'send a path the description does not list even when it is close to one it does (a misspelling is refused otherwise)')
    .option('--debug', 'on failure, print the (redacted) error with its stack')
    .action(async (uri: string | undefined, flags: RequestFlags) => {
      const name = program.name();
      if (uri === undefined) throw new UsageError(`no command or endpoint given: run \`${name} --help\``);
      // Every WeChat Pay path has at least two segments; a lone word is a mistyped command.
      if (!uri.includes('/')) {
        const commands = program.commands.map((c) => c.name()).join(', ');
        throw new UsageError(`unknown command '${uri}': the commands are ${commands}; an endpoint path has a '/' (e.g. v3/certificates)`);
      }
      const root = uri.replace(/^\/+/, '').split('/')[0] ?? '';
      if (!API_ROOTS.includes(root)) {
        const path = uri.replace(/^\/+/, '');
        throw new UsageError(
          `${describePath(uri)} names no API: WeChat Pay paths start with ${API_ROOTS.map((r) => `${r}/`).join(', ')}; did you mean v3/${path} (APIv3) or v2/${path} (APIv2)?`,
        );
      }
      const near = flags.pathCheck === false ? undefined : misspelledPath(uri);
      if (near !== undefined) {
        throw new UsageError(`${describePath(uri)} is no documented path: did you mean ${near}? (--no-path-check sends it as written)`);
      }
      const options = await callOptions(flags, io, name);
      const method = flags.method ?? (['xml', 'json', 'body'].some((key) => options[key] !== undefined) ? 'post' : 'get');
      const wx = clientFrom(loadConfig({ file: flags.config, baseUrl: flags.baseUrl, env: io.env, cwd: io.cwd }));
      const endpoint = wx.chain(uri);
      const response = (await endpoint[method](options as never).catch((error: unknown) => {
        throw withPlaceholderHint(error);
      })) as WechatpayResponse;
      // An empty answer (204) has no data: printed as null, so the output is always JSON.
      const data = response.data === undefined ? null : response.data;
      printJson(io.stdout, flags.dataOnly ? data : { status: response.status, headers: headersOf(response), data });
    });
}
