'use strict';
// The `require` entry: the package's CommonJS build. The two requires below are all a move of the
// simulator to a package of its own would change.
const sdk = require('wechatpay-ts');
const simulator = require('wechatpay-ts/simulator');
const run = require('./run.cjs');

run(sdk, simulator).then(
  (result) => console.log(JSON.stringify(result)),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
