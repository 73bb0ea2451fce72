// The `import` entry: the package's ESM build. The two imports below are all a move of the
// simulator to a package of its own would change.
import * as sdk from 'wechatpay-ts';
import * as simulator from 'wechatpay-ts/simulator';
import run from './run.cjs';

run(sdk, simulator).then(
  (result) => console.log(JSON.stringify(result)),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
