// The `import` entry: the SDK's ESM build, and the simulator from its own package (wechatpay-ts-simulator).
import * as sdk from 'wechatpay-ts';
import * as simulator from 'wechatpay-ts-simulator';
import run from './run.cjs';

run(sdk, simulator).then(
  (result) => console.log(JSON.stringify(result)),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
