#!/usr/bin/env node
/** The `wechatpay` executable (dist/cli.cjs): runs main.ts and sets the exit code. */
import { main } from './main';

// A reader that goes away (`wechatpay … | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
