/**
 * Three projects. `unit` is pure (`npm run test:unit`, about 15 seconds); `slow` holds what spawns
 * processes or synthesizes: the stack and its checks, the runner and the other tools, track
 * rendering (`npm run test:slow`); `integration` holds the integration, conversation (e2e),
 * and reliability tests, which share one DynamoDB Local (Java) started by its global
 * setup (`npm run test:integration`). `npm test` runs all three.
 *
 * Every test file's Date starts at one fixed instant and moves on with real time
 * (test/support/test-date.ts), so no result depends on the machine's calendar; timers stay real.
 */

const common = {
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 30_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      roots: ['<rootDir>/test/unit'],
      setupFiles: ['<rootDir>/test/support/test-date.ts', '<rootDir>/test/support/unit-setup.ts'],
    },
    {
      ...common,
      displayName: 'slow',
      roots: ['<rootDir>/test/slow'],
      setupFiles: ['<rootDir>/test/support/test-date.ts', '<rootDir>/test/support/unit-setup.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/slow-setup.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      roots: ['<rootDir>/test/integration', '<rootDir>/test/e2e', '<rootDir>/test/reliability', '<rootDir>/test/held-out'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFiles: ['<rootDir>/test/support/test-date.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/integration-setup.ts'],
    },
  ],
};
