/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__', '<rootDir>/packages/simulator/__tests__'],
  testMatch: ['**/*.test.ts'],
  // Suites with an npm script of their own, left out of `npm test` (which needs Node alone):
  // the site in a browser (npm run test:site) and the packed package in bundles (npm run test:bundles, test:next).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/docs/site\\.test\\.ts$', '<rootDir>/__tests__/bundles/'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  testTimeout: 20000,
  // The tier guard: a suite under __tests__/unit that opens a socket fails, naming where it belongs.
  setupFilesAfterEnv: ['<rootDir>/__tests__/helpers/unit-tier.ts'],
  // The examples import the package by its name, as a user's code does: they run against the source.
  moduleNameMapper: {
    '^wechatpay-ts$': '<rootDir>/src/index.ts',
    '^wechatpay-ts-simulator$': '<rootDir>/packages/simulator/src/index.ts',
    '^wechatpay-ts-simulator/cli$': '<rootDir>/packages/simulator/src/cli/main.ts',
  },
};
