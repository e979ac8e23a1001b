// Runs every test suite (domain, server on each database driver, web checks, browser journeys)
// in one Vitest run, then prints the plain summary line CI reads: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The browser journeys need the built web app and Debian's Chromium.
const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium) && process.getuid?.() === 0) {
  console.log('Installing Debian chromium for the browser tests…');
  spawnSync(
    'sh',
    ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'],
    {
      stdio: 'inherit',
    },
  );
}

// The goAML tests cross-check the generated XML with Debian's xmllint.
if (!existsSync('/usr/bin/xmllint') && process.getuid?.() === 0) {
  console.log('Installing Debian libxml2-utils (xmllint) for the goAML tests…');
  spawnSync(
    'sh',
    ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-utils'],
    {
      stdio: 'inherit',
    },
  );
}

// The multi-instance journey puts two servers behind Debian's nginx.
if (!existsSync('/usr/sbin/nginx') && process.getuid?.() === 0) {
  console.log('Installing Debian nginx for the multi-instance test…');
  spawnSync(
    'sh',
    ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light'],
    {
      stdio: 'inherit',
    },
  );
}

const report = '.vitest-report.json';
rmSync(report, { force: true });
const args = [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
];
const auditTrace = mkdtempSync(join(tmpdir(), 'vigilo-audit-trace-'));
const run = spawnSync('npx', args, {
  stdio: 'inherit',
  env: { ...process.env, VIGILO_AUDIT_TRACE_DIR: auditTrace },
});

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed = result.numPassedTests;
  failed = result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0);
  // Nothing may be skipped: a skipped or to-do test counts as a failure.
  const skipped = (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
  if (skipped > 0) {
    console.log(`${skipped} test(s) skipped or to-do: every test must run.`);
    failed += skipped;
  }
  // A suite that fails to load has no tests; count it as a failure so it cannot hide.
  for (const file of result.testResults ?? []) {
    if (file.status === 'failed' && file.assertionResults.length === 0) failed += 1;
  }
} else {
  failed = 1;
}
// Errors outside any test (an unhandled rejection, a crashed worker) fail the run too: count one.
if (run.status !== 0 && failed === 0) {
  console.log('Vitest reported errors outside the tests (see "Unhandled Errors" above).');
  failed = 1;
}
// Audit is tested: on a full run, every action of the catalogue must have been written by the code path
// that performs it (each test database lists its actions on close, see test/harness.ts).
if (process.argv.length <= 2) {
  const { auditActions } = await import('../packages/server/src/audit/audit-actions.ts');
  const written = new Set(
    readdirSync(auditTrace).flatMap((file) => readFileSync(join(auditTrace, file), 'utf8').split('\n')),
  );
  const missing = auditActions.filter((action) => !written.has(action));
  if (missing.length === 0) {
    console.log(`Audit catalogue: all ${auditActions.length} actions written by the tests.`);
    passed += 1;
  } else {
    console.log(
      `Audit catalogue: ${missing.length} action(s) never written by any test: ${missing.join(', ')}`,
    );
    failed += 1;
  }
}
rmSync(auditTrace, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
