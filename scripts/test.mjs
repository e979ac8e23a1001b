// Runs every test suite (domain, server on each database driver, web checks, browser journeys)
// in one Vitest run, then prints the plain summary line CI reads: "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

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

const auditTrace = mkdtempSync(join(tmpdir(), 'vigilo-audit-trace-'));
const env = { ...process.env, VIGILO_AUDIT_TRACE_DIR: auditTrace };
const first = await runVitest('.vitest-report.json', process.argv.slice(2));
let files = first.files;
let outsideErrors = first.outsideErrors;

// A test file whose worker process died (a native crash, the machine out of memory) leaves its tests
// neither passed nor failed, and Vitest still calls the file "passed". Such files are named and run once
// more on their own: a crash that comes back fails the run like any failure, one that does not is reported.
const cutShort = [...new Set(files.filter((f) => f.incomplete > 0).map((f) => f.name))];
if (cutShort.length > 0 && first.crashes > 0) {
  console.log(
    `\n${first.crashes} worker process(es) exited during the run; ${cutShort.length} test file(s) did not complete:\n` +
      `${cutShort.map((name) => `  ${name}`).join('\n')}\nRunning them once more, on their own…\n`,
  );
  const again = await runVitest('.vitest-report-again.json', cutShort);
  files = [...files.filter((f) => !cutShort.includes(f.name)), ...again.files];
  // The crashes were the first run's errors outside tests; any other error there still counts.
  outsideErrors = Math.max(0, first.outsideErrors - first.crashes) + again.outsideErrors;
}

let passed = 0;
let failed = 0;
for (const file of files) {
  passed += file.passed;
  failed += file.failed + file.incomplete;
  // A suite that fails to load has no tests; count it as a failure so it cannot hide.
  if (file.loadFailed) failed += 1;
  // Nothing may be skipped: a skipped, to-do or unfinished test counts as a failure.
  if (file.incomplete > 0)
    console.log(
      `${file.incomplete} test(s) skipped, to-do or not finished in ${file.name}: every test must run.`,
    );
}
if (outsideErrors > 0 && failed === 0) {
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
process.exit(failed === 0 ? 0 : 1);

/**
 * One Vitest run, its output passed through as it comes, with each test file's counts read from its JSON
 * report (a file run by two projects appears twice): tests passed, failed, and neither — skipped, to-do,
 * or cut short by a crashed worker — and the errors Vitest reported outside any test.
 */
async function runVitest(report, extraArgs) {
  rmSync(report, { force: true });
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  const child = spawn('npx', [...args, ...extraArgs], { env, stdio: ['inherit', 'pipe', 'pipe'] });
  // Only the tail is scanned for Vitest's closing summary; the rest is passed through and forgotten.
  let tail = '';
  const keep = (chunk) => {
    tail = (tail + chunk.toString()).slice(-200_000);
  };
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    keep(chunk);
  });
  child.stderr.on('data', (chunk) => {
    process.stderr.write(chunk);
    keep(chunk);
  });
  const exitCode = await new Promise((resolve) => child.on('close', resolve));
  const output = stripVTControlCharacters(tail);
  const caught = /Vitest caught (\d+) unhandled error/.exec(output);
  const crashes = output.match(/Worker exited unexpectedly/g)?.length ?? 0;
  if (!existsSync(report))
    return { files: [{ name: '(vitest)', passed: 0, failed: 1, incomplete: 0 }], crashes, outsideErrors: 0 };
  const result = JSON.parse(readFileSync(report, 'utf8'));
  const files = (result.testResults ?? []).map((file) => {
    const statuses = file.assertionResults.map((a) => a.status);
    return {
      name: file.name,
      passed: statuses.filter((s) => s === 'passed').length,
      failed: statuses.filter((s) => s === 'failed').length,
      incomplete: statuses.filter((s) => s !== 'passed' && s !== 'failed').length,
      loadFailed: file.status === 'failed' && statuses.length === 0,
    };
  });
  const outsideErrors = caught ? Number(caught[1]) : exitCode !== 0 && files.every((f) => !f.failed) ? 1 : 0;
  return { files, crashes, outsideErrors };
}
