import { isApiError, isBusinessError, type Client } from 'wechatpay-ts';
import { handWritten } from '../src/router';
import { answerSchemaOf, OPENAPI, Spec, validate, type Described, type Mode } from '../../../__tests__/helpers/openapi';
import { seeded } from '../../../__tests__/helpers/random';
import { requestOf } from './contract-requests';
import { MCHID, SECRET, useSimulator } from './helpers';

// Every documented operation answers: a sample from every product tag, drawn by a seeded rule, is
// sent through the SDK with a request built from the description's own examples. The signed answer
// must validate against the description's answer schema (checked by helpers/openapi.ts, which
// shares no code with the simulator's checks or answers), and the same request without one of its
// required fields must be refused, naming that field.

const SEED = 17;
const PER_TAG = 2;

const spec = new Spec(OPENAPI);
const random = seeded(SEED);
const all = spec.operations();
const tagOf = (op: Described) => (Array.isArray(op.op.tags) ? String(op.op.tags[0]) : typeof op.op.tag === 'string' ? op.op.tag : '(none)');
// Sampled: what the description answers (2xx) and no hand-written handler answers (those have their own tests).
const candidates = all.filter((op) => answerSchemaOf(op).status < 300 && !handWritten(op.verb.toUpperCase(), op.urlPath.replace(/\{[^}]+\}/g, 'x')));
const byTag = new Map<string, Described[]>();
for (const op of candidates) byTag.set(tagOf(op), [...(byTag.get(tagOf(op)) ?? []), op]);
const sample = [...byTag.values()].flatMap((ops) => {
  const pool = [...ops];
  return Array.from({ length: Math.min(PER_TAG, pool.length) }, () => pool.splice(Math.floor(random() * pool.length), 1)[0]!);
});

const chainOf = (op: Described) => (op.api === 'v2' ? `v2${op.urlPath}` : op.urlPath.slice(1));

let wx: Client;
// Over TLS with a merchant certificate: the endpoints that need it (x-api-cert-required) are checked for it.
useSimulator({ sim: { tls: true } }, (f) => ({ wx } = f));

/** How the answer's body reads: JSON/XML validated against the schema, a file by its kind. */
function answerProblems(op: Described, data: unknown, schema: unknown): string[] {
  if (schema === undefined) return [];
  const mode: Mode = op.api === 'v2' ? 'text' : 'json';
  return validate(spec, schema, op.file, data, mode);
}

function fileProblem(op: Described, data: unknown): string | undefined {
  const produces = Array.isArray(op.op.produces) ? op.op.produces.map(String) : [];
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(String(data), 'utf8');
  if (produces.includes('application/pdf')) return bytes.subarray(0, 5).toString('latin1') === '%PDF-' ? undefined : 'not a PDF';
  if (/\/images\//.test(op.urlPath)) return bytes.subarray(1, 4).toString('latin1') === 'PNG' ? undefined : 'not a PNG';
  return /^[^\r\n]+,/.test(bytes.toString('utf8')) ? undefined : 'not a CSV';
}

const isFile = (op: Described) =>
  (Array.isArray(op.op.produces) && op.op.produces.every((type) => !/json|xml/i.test(String(type)))) ||
  (op.verb === 'get' && op.api === 'v3' && answerSchemaOf(op).schema === undefined && answerSchemaOf(op).status === 200);

// The operations whose example request sends a required field (not a GET by placeholders alone).
const refusable = sample.filter((op) => requestOf(spec, op, MCHID, SECRET).droppable.length > 0);
const withRequired = refusable.length;

describe('every documented operation answers (a seeded sample of every product tag)', () => {
  test(`the sample covers every tag: ${sample.length} operations of ${byTag.size} tags (seed ${SEED}), ${withRequired} of them also sent without a required field`, () => {
    expect(byTag.size).toBeGreaterThan(140);
    expect(new Set(sample.map(tagOf)).size).toBe(byTag.size);
    expect(sample.some((op) => op.urlPath.startsWith('/hk/'))).toBe(true);
    expect(sample.some((op) => op.urlPath.startsWith('/global/') || op.urlPath.startsWith('/v3/global/'))).toBe(true);
    expect(sample.some((op) => op.api === 'v2')).toBe(true);
    expect(withRequired).toBeGreaterThan(sample.length / 2);
  });

  test.each(sample.map((op) => [`${op.verb.toUpperCase()} ${op.urlPath}`, op] as const))(
    '%s: the example request gets a verified answer of the described shape',
    async (_name, op) => {
      const request = requestOf(spec, op, MCHID, SECRET);
      const response = await wx.chain(chainOf(op))[op.verb](request.options() as any);
      const { status, schema } = answerSchemaOf(op);
      expect(response.status).toBe(status);
      if (isFile(op)) expect(fileProblem(op, response.data)).toBeUndefined();
      else expect(answerProblems(op, response.data, schema)).toEqual([]);
    },
  );

  test.each(refusable.map((op) => [`${op.verb.toUpperCase()} ${op.urlPath}`, op] as const))(
    '%s: the same request without a required field is refused, naming it',
    async (_name, op) => {
      const request = requestOf(spec, op, MCHID, SECRET);
      const drop = request.droppable[Math.floor(seeded(SEED + request.droppable.length)() * request.droppable.length)]!;
      const node = wx.chain(chainOf(op)) as any;
      const error = await node[op.verb](request.options(drop)).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      if (op.api === 'v3') {
        expect(isApiError(error) && error.status).toBe(400);
        expect(isApiError(error) && error.apiCode).toBe('PARAM_ERROR');
        const location = drop.where === 'query' ? 'query' : 'body';
        expect(isApiError(error) && error.detail).toMatchObject({ field: drop.name, location });
        expect((error as Error).message).toContain(`/${location}/${drop.name}`);
      } else {
        expect(isBusinessError(error) && error.returnCode).toBe('FAIL');
        expect(isBusinessError(error) && error.returnMsg).toContain(drop.name);
      }
    },
  );
});
