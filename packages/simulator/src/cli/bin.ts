#!/usr/bin/env node
/**
 * The `wechatpay-simulator` executable (package.json `bin`, built to dist/bin.cjs): runs main.ts.
 *
 * @example npx wechatpay-simulator start --port 8000 --write-config sim.json
 */
import { main } from './main';

// A reader that goes away (`wechatpay-simulator notifications … | head`) is not an error worth a stack.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
