/**
 * `npm run generate`: writes src/generated/, the endpoint pages in docs/api/ (and NOTICE) from the
 * WeChat Pay OpenAPI description. docs/api/ is written anew, so a page of a path that is gone goes too.
 * The description is read from vendor/openapi (vendored, MIT, see NOTICE), or from $WECHATPAY_OPENAPI_DIR.
 * The package never reads the description at run time: all it needs is in src/generated/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { generate } from './generate/index';
import { API_DOCS } from './generate/pages/index';

const repo = resolve(__dirname, '..');
const openapiDir = resolve(process.env.WECHATPAY_OPENAPI_DIR ?? resolve(repo, 'vendor/openapi'));
const docs = process.env.WECHATPAY_GENERATE_DOCS !== '0';

const started = Date.now();
const { files, warnings } = generate(openapiDir, { docs });
rmSync(resolve(repo, API_DOCS), { recursive: true, force: true });
let pages = 0;
for (const file of files) {
  const target = resolve(repo, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.content);
  if (file.path.startsWith(`${API_DOCS}/`)) pages += 1;
  else console.log(`wrote ${file.path} (${Buffer.byteLength(file.content)} bytes)`);
}
console.log(`wrote ${pages} pages in ${API_DOCS}/`);
for (const warning of warnings) console.warn(`note: ${warning} (read as string)`);
console.log(`done in ${Date.now() - started} ms from ${openapiDir}`);
