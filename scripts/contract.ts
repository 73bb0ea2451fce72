/**
 * `npm run generate:contract`: writes packages/simulator/src/contract/data.ts, the simulator's compiled
 * copy of the WeChat Pay OpenAPI description (vendor/openapi, or $WECHATPAY_OPENAPI_DIR): what
 * each operation takes and answers, checked and built by packages/simulator/src/contract/.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileContract, CONTRACT_DATA, emitContract } from './contract/index';

const repo = resolve(__dirname, '..');
const openapiDir = resolve(process.env.WECHATPAY_OPENAPI_DIR ?? resolve(repo, 'vendor/openapi'));

const started = Date.now();
const compiled = compileContract(openapiDir);
const content = emitContract(compiled);
writeFileSync(resolve(repo, CONTRACT_DATA), content);
console.log(`wrote ${CONTRACT_DATA}: ${compiled.operations.length} operations, ${Buffer.byteLength(content)} bytes, in ${Date.now() - started} ms`);
