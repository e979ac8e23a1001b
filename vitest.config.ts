import { defineConfig } from 'vitest/config';

// One test run for the whole repo. Server suites run once per database driver:
// embedded PGlite always, and the real PostgreSQL when TEST_DATABASE_URL is set (CI sets it).
const drivers = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'domain', include: ['packages/domain/src/**/*.test.ts'] } },
      ...drivers.map((driver) => ({
        test: {
          name: `server-${driver}`,
          include: ['packages/server/src/**/*.test.ts'],
          // List parsing and matcher quality touch no database: run them once, with the PGlite project.
          exclude:
            driver === 'postgres'
              ? ['packages/server/src/screening/importers/**', 'packages/server/src/cli/**']
              : [],
          env: { VIGILO_TEST_DRIVER: driver },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      })),
      {
        test: {
          name: 'web',
          include: ['packages/web/src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['packages/server/test/e2e/**/*.e2e.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // A browser journey on a shared two-core machine can miss one 30-second wait (the contacts journey
          // did once in five full runs, then passed alone): it runs once more, and the report marks the retry.
          // A journey that fails twice fails the run.
          retry: 1,
        },
      },
    ],
  },
});
