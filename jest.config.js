/** Jest runs the TypeScript tests directly; `npm test` type-checks the whole project first. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  moduleNameMapper: {
    // office-addin-mock requires office-addin-manifest only for manifest helpers we never call.
    '^office-addin-manifest$': '<rootDir>/tests/support/office-addin-manifest-stub.js',
  },
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.js'],
};
