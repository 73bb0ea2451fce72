/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  testTimeout: 20000,
  // The examples import the package by its name, as a user's code does: they run against the source.
  moduleNameMapper: { '^wechatpay-ts$': '<rootDir>/src/index.ts', '^wechatpay-ts/simulator$': '<rootDir>/src/simulator/index.ts' },
};
