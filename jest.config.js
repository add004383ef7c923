// One jest run, three kinds of test. `npm test` builds first so the browser tests find the console.
// Type errors fail the test run too (diagnostics on), as they fail `npm run lint`.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
// ESM-only packages are compiled to CommonJS by one transformer (tests/support/esm-transform.js), decided once here.
const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': tsJest, '^.+\\.m?js$': '<rootDir>/tests/support/esm-transform.js' },
  transformIgnorePatterns: [],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
};

module.exports = {
  // Generous: a loaded 2-core machine starts an app with its demo data in seconds, not milliseconds.
  testTimeout: 90000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'api',
      testMatch: ['<rootDir>/tests/api/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.mjs',
      globalTeardown: '<rootDir>/tests/support/global-teardown.mjs',
      setupFiles: ['reflect-metadata'],
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.mjs',
      globalTeardown: '<rootDir>/tests/support/global-teardown.mjs',
    },
  ],
};
