/**
 * `npm run generate`: writes src/generated/ (and NOTICE) from the WeChat Pay OpenAPI description.
 * The description is read from vendor/openapi (vendored, MIT, see NOTICE), or from $WECHATPAY_OPENAPI_DIR.
 * The package never reads the description at run time: all it needs is in src/generated/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { generate } from './generate/index';

const repo = resolve(__dirname, '..');
const openapiDir = resolve(process.env.WECHATPAY_OPENAPI_DIR ?? resolve(repo, 'vendor/openapi'));
const docs = process.env.WECHATPAY_GENERATE_DOCS !== '0';

const started = Date.now();
const { files, warnings } = generate(openapiDir, { docs });
for (const file of files) {
  const target = resolve(repo, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.content);
  console.log(`wrote ${file.path} (${Buffer.byteLength(file.content)} bytes)`);
}
for (const warning of warnings) console.warn(`note: ${warning} (read as string)`);
console.log(`done in ${Date.now() - started} ms from ${openapiDir}`);
