/**
 * The generator as functions, so tests can run it in memory: `generate(dir)` returns every file
 * it owns, path (relative to the repository root) and content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emitEndpoints } from './endpoints';
import { HEADER, quote } from './format';
import { compare, fileAnswerTypes, Spec, type Operation } from './load';
import { API_DOCS, emitPages, pageFile } from './pages/index';
import { emitNav, NAV_FILE } from './pages/nav';

export interface GeneratedFile {
  /** Relative to the repository root, `/`-separated. */
  path: string;
  content: string;
}

export interface GenerateOptions {
  /** One-line doc comments from the descriptions (default true). */
  docs?: boolean;
}

export interface GenerateResult {
  files: GeneratedFile[];
  /** Things in the description the generator could only approximate. */
  warnings: string[];
}

/** The URL paths (as sent) of the APIv2 endpoints marked `x-api-cert-required: true`. */
export function certRequiredPaths(operations: readonly Operation[]): string[] {
  const paths = operations.filter((o) => o.api === 'v2' && o.op['x-api-cert-required'] === true).map((o) => o.urlPath);
  return [...new Set(paths)].sort(compare);
}

function emitCertRequired(paths: readonly string[]): string {
  return `${HEADER}
/**
 * The APIv2 paths (as sent, without the chain's \`v2\` prefix) that need the merchant API client
 * certificate (mutual TLS); the SDK presents it for these without \`security: true\`.
 *
 * @example CERT_REQUIRED_V2.has('/secapi/pay/refund') // true
 */
export const CERT_REQUIRED_V2: ReadonlySet<string> = new Set([
${paths.map((p) => `  ${quote(p)},`).join('\n')}
]);
`;
}

/**
 * The APIv3 operations whose description says they answer a file (`produces` holds no JSON type):
 * their URL path as sent and the media types, so the SDK never parses those answers as JSON.
 */
export function fileAnswers(operations: readonly Operation[]): Array<{ path: string; produces: string[] }> {
  const files = operations.filter((o) => o.api === 'v3' && fileAnswerTypes(o) !== undefined);
  return files.map((o) => ({ path: o.urlPath, produces: fileAnswerTypes(o) ?? [] })).sort((a, b) => compare(a.path, b.path));
}

function emitFileAnswers(files: ReadonlyArray<{ path: string; produces: string[] }>): string {
  return `${HEADER}
/**
 * The APIv3 paths (as sent) whose answer is a file, with the media types the description gives
 * (\`produces\`): a PDF, an image, a CSV or gzip bill. Such an answer is handed back as bytes (or
 * text for \`text/*\`), never parsed as JSON.
 *
 * @example FILE_ANSWER_V3.get('/v3/transferdownload/signfile') // ['application/pdf']
 */
export const FILE_ANSWER_V3: ReadonlyMap<string, readonly string[]> = new Map([
${files.map((f) => `  [${quote(f.path)}, [${f.produces.map(quote).join(', ')}]],`).join('\n')}
]);
`;
}

/** Path segments holding capitals (`addInstitutionsub`): PHP's property normalisation would break them. */
export function verbatimSegments(operations: readonly Operation[]): string[] {
  const segments = operations.flatMap((o) => o.chainPath.split('/')).filter((s) => /[A-Z]/.test(s) && !s.startsWith('{'));
  return [...new Set(segments)].sort(compare);
}

function emitVerbatimSegments(segments: readonly string[]): string {
  return `${HEADER}
/**
 * Path segments written with capitals in WeChat Pay's own paths. A property with one of these
 * names is kept as written instead of being normalised (\`addInstitutionsub\` would otherwise
 * become \`add-institutionsub\`), so \`wx.v2.secapi.mch.addInstitutionsub\` reaches the right URL.
 */
export const VERBATIM_SEGMENTS: ReadonlySet<string> = new Set([
${segments.map((s) => `  ${quote(s)},`).join('\n')}
]);
`;
}

/** Every chain path of the description, once each, sorted: what the command line checks a path against. */
export function chainPaths(operations: readonly Operation[]): string[] {
  return [...new Set(operations.map((o) => o.chainPath))].sort(compare);
}

function emitPaths(paths: readonly string[]): string {
  return `${HEADER}
/**
 * Every path of the description as the chain writes it (\`{name}\` for a placeholder), sorted. The
 * \`wechatpay\` command checks a path against these, to catch a misspelled one before sending it.
 *
 * @example ENDPOINT_PATHS.includes('v3/pay/transactions/native') // true
 */
export const ENDPOINT_PATHS: readonly string[] = [
${paths.map((p) => `  ${quote(p)},`).join('\n')}
];
`;
}

/** NOTICE's word on the public certificates the SDK and its tests carry as data (not generated from anything). */
const CERTIFICATES_NOTICE = `src/helpers/certificates/tenpay-root-ca.ts holds WeChat Pay's platform-certificate CA, "Tenpay.com Root CA" (C=CN, O=Tenpay.com, OU=Tenpay.com CA Center; serial 1BD4220E50DBC04B06AD397549846C01C3E8EBD2; valid 2017-08-09 to 2032-08-09; SHA-256 fingerprint B2:9F:8B:25:13:EB:2F:7C:49:C0:7C:7C:20:F4:02:7C:A9:03:D0:71:DF:72:CA:A0:B2:B9:24:EF:F4:3A:94:52), a public certificate, as data. WeChat Pay publishes it in its trust chain CertTrustChain.p7b (https://wx.gtimg.com/mch/files/CertTrustChain.p7b; https://pay.weixin.qq.com/doc/v3/merchant/4012072597), issued by iTrusChina Class 2 Enterprise CA - G3 under iTrusChina Class 2 Root CA - G3. The certificate was taken from the official Java SDK, which pins it as its trust anchor (https://github.com/wechatpay-apiv3/wechatpay-java, core/src/main/java/com/wechat/pay/java/core/certificate/RSACertificateHandler.java at commit 8abbb0643e2654746744815b0056447037a27094), and the whole chain as a public sample lists it (Essensoft Paylinks, WeChatPayBackgroundService.cs); no code of either is used. __tests__/fixtures/cert-trust-chain.pem holds that chain. __tests__/fixtures/tenpay-platform-certificate.pem (a WeChat Pay platform certificate, serial 7311AA9BF0A09C181EB6C7642A4F0FEEC27DD0FB) and __tests__/fixtures/tenpay-merchant-certificate.pem (a merchant API certificate, serial 27234D02B606B0557E6361C44D91788FE5FC454A) are public certificates issued by Tenpay.com Root CA, found in public GitHub repositories where merchants committed them; they are test data only.`;

function emitNotice(license: string): string {
  return `src/generated/endpoints.ts, src/generated/cert-required.ts, src/generated/file-answers.ts, src/generated/paths.ts and src/generated/verbatim-segments.ts are generated from the WeChat Pay OpenAPI description (https://github.com/TheNorthMemory/wechatpay-openapi). A copy of that description, with its LICENSE, is kept in vendor/openapi/ for the generator (npm run generate); it is not part of the published package. It is distributed under the following license:

${license.trimEnd()}

${CERTIFICATES_NOTICE}
`;
}

/** The repository's web address from a package.json `repository` (`github:o/r`, `git+https://….git`, `{ url }`), if any. */
export function repositoryUrl(repository: unknown): string | undefined {
  const raw = typeof repository === 'string' ? repository : isRecord(repository) && typeof repository.url === 'string' ? repository.url : undefined;
  if (raw === undefined) return undefined;
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(raw);
  if (shorthand) return `https://github.com/${shorthand[1]}`;
  const https = /^(?:git\+)?(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^/]+)\/(.+?)(?:\.git)?\/?$/.exec(raw);
  return https ? `https://${https[1]}/${https[2]}` : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * How a verb's doc comment links to its page: to the page on the repository's site when
 * package.json names the repository, else by its path in the repository (docs/ is not published).
 */
export function pageLinker(packageJson: unknown): (chainPath: string) => string {
  const pkg = isRecord(packageJson) ? packageJson : {};
  const base = repositoryUrl(pkg.repository);
  const name = typeof pkg.name === 'string' ? pkg.name : 'the';
  return (chainPath) => {
    const page = `${API_DOCS}/${pageFile(chainPath)}`;
    return base ? `[${page}](${base}/blob/HEAD/${page})` : `${page} in the ${name} repository`;
  };
}

const PACKAGE_JSON = join(__dirname, '..', '..', 'package.json');

/** Every generated file, from the OpenAPI description in `openapiDir`. Deterministic. */
export function generate(openapiDir: string, options: GenerateOptions = {}): GenerateResult {
  const spec = new Spec(openapiDir);
  const operations = spec.operations();
  const pageOf = pageLinker(JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')));
  const endpoints = emitEndpoints(spec, operations, options.docs ?? true, pageOf);
  const license = readFileSync(join(openapiDir, 'LICENSE'), 'utf8');
  return {
    files: [
      { path: 'NOTICE', content: emitNotice(license) },
      { path: 'src/generated/cert-required.ts', content: emitCertRequired(certRequiredPaths(operations)) },
      { path: 'src/generated/endpoints.ts', content: endpoints.content },
      { path: 'src/generated/file-answers.ts', content: emitFileAnswers(fileAnswers(operations)) },
      { path: 'src/generated/paths.ts', content: emitPaths(chainPaths(operations)) },
      { path: 'src/generated/verbatim-segments.ts', content: emitVerbatimSegments(verbatimSegments(operations)) },
      ...emitPages(spec, operations),
      { path: NAV_FILE, content: emitNav(spec, operations) },
    ],
    warnings: endpoints.oddities,
  };
}
