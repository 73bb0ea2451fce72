#!/usr/bin/env node
/**
 * The `wechatpay` executable (package.json `bin`, built to dist/cli.cjs). Everything lives in
 * main.ts; this file only runs it and sets the exit code.
 *
 * @example npx wechatpay v3/certificates -c config.json
 */
import { main } from './main';

// A reader that goes away (`wechatpay … | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
