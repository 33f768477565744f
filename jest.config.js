/** Jest runs the TypeScript tests directly; `npm test` type-checks the whole project first. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  testTimeout: 60000,
  // Every core: jest's default leaves one of two idle, and CI runs on two.
  maxWorkers: '100%',
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.js'],
};
