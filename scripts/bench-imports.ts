/**
 * `npm run bench:imports`: how long `/api/health` and a contact page take to answer while an agency
 * uploads a 100,000-row watch list and the platform administrator the EU consolidated list (issue 17,
 * target p99 < 100 ms). Runs the application in process on PostgreSQL with VIGILO_TEST_DRIVER=postgres
 * and TEST_DATABASE_URL, else on PGlite (which runs its queries on the same thread, so its figures are a worst case).
 * Options: --rows 100000, --interval 20 (ms between probes). Prints the figures for docs/SECURITY.md.
 */
import { cpus } from 'node:os';
import { createTestApp, testDriver } from '../packages/server/test/harness.ts';
import { percentile, runImportLoad, watchlistRows } from '../packages/server/test/import-load.ts';
import { cliOptions } from './bench-support.ts';

const options = cliOptions();
const rows = Number(options.get('rows') ?? watchlistRows);
const interval = Number(options.get('interval') ?? 20);
const t = await createTestApp();
try {
  const load = await runImportLoad(t, rows, interval);
  const line = (name: string, values: number[]) =>
    `${name.padEnd(22)} n=${String(values.length).padStart(4)}  p50=${percentile(values, 50).toFixed(0)} ms  p99=${percentile(values, 99).toFixed(0)} ms  max=${Math.max(...values).toFixed(0)} ms`;
  console.log(
    `imports: ${rows.toLocaleString('en')}-row watch list (${load.watchlistStatus}) + EU list (${load.euStatus}) in ${(load.importMs / 1000).toFixed(1)} s on ${testDriver() === 'postgres' ? 'PostgreSQL' : 'PGlite'}, ${cpus().length} cores; second upload of the same agency: ${load.concurrentStatus}`,
  );
  console.log(line('GET /api/health', load.health));
  console.log(line('GET /api/contacts/:id', load.contactPage));
  console.log(
    `event loop delay       p99=${load.loopDelay.p99.toFixed(0)} ms  max=${load.loopDelay.max.toFixed(0)} ms`,
  );
} finally {
  await t.close();
}
