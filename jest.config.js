/*
 * Two projects run the same suite: once against SQLite, once against PostgreSQL. Browser tests
 * (tests/admin) are a separate project so they run once.
 */
const base = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  // Type checking is `tsc --noEmit`'s job; tests only transpile.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json', diagnostics: false }] },
};

const adminTransform = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tests/admin/tsconfig.json', diagnostics: false }] };

module.exports = {
  maxWorkers: 2,
  testTimeout: 120000,
  projects: [
    {
      ...base,
      displayName: 'sqlite',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: ['/tests/admin/', '/tests/unit/'],
      setupFiles: ['<rootDir>/tests/support/env-sqlite.js'],
    },
    {
      ...base,
      displayName: 'postgresql',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: ['/tests/admin/', '/tests/unit/'],
      setupFiles: ['<rootDir>/tests/support/env-postgresql.js'],
    },
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { ...base, displayName: 'admin-unit', testMatch: ['<rootDir>/tests/admin/unit/**/*.test.ts'], transform: adminTransform },
    { ...base, displayName: 'browser', testMatch: ['<rootDir>/tests/admin/e2e/**/*.test.ts'], transform: adminTransform },
  ],
};
