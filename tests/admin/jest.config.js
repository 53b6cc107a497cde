/**
 * Console tests. `unit/` needs no browser (the generator and the data provider's query building,
 * against a schema fixture); `e2e/` drives the built console in Debian's chromium.
 *   npx jest -c tests/admin/jest.config.js tests/admin/unit
 *   npm run test:admin          (build, then everything here)
 */
const path = require('path');
module.exports = {
  rootDir: path.resolve(__dirname, '../..'),
  testMatch: ['<rootDir>/tests/admin/**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tests/admin/tsconfig.json', diagnostics: false }] },
  testEnvironment: 'node',
  testTimeout: 180000,
  maxWorkers: 1,
};
