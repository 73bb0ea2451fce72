'use strict';
// The `require` entry: the SDK's CommonJS build, and the simulator from its own package (wechatpay-ts-simulator).
const sdk = require('wechatpay-ts');
const simulator = require('wechatpay-ts-simulator');
const run = require('./run.cjs');

run(sdk, simulator).then(
  (result) => console.log(JSON.stringify(result)),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
