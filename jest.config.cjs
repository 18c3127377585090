/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  collectCoverageFrom: ['src/core/**/*.ts'],
  coverageThreshold: { 'src/core/': { lines: 85, branches: 75 } },
};
