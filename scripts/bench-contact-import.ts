/**
 * `npm run bench:import`: imports a generated CSV of BENCH_ROWS (10,000) persons into one organisation on
 * embedded PGlite through the real routes and job, and prints the time of the upload (read, hash, rows
 * stored, mapping proposed), of the preview (every row checked), and of the job (each row created through
 * the contacts module and screened, one transaction per row), with rows per second, the peak resident
 * memory and the load average (the machine may be shared: quote the figures with it). While the job runs,
 * a progress line goes to stderr every BENCH_PROGRESS_SECONDS (30) seconds.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import { contactImports } from '../packages/server/src/contact-imports/contact-imports.schema.ts';
import { createAgency, createSignedInUser } from '../packages/server/test/factories.ts';
import { createTestApp } from '../packages/server/test/harness.ts';

const rows = Number(process.env.BENCH_ROWS ?? 10_000);
const progressSeconds = Number(process.env.BENCH_PROGRESS_SECONDS ?? 30);
let peakRss = process.memoryUsage().rss;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const load = () => loadavg().map((l) => Number(l.toFixed(2)));

/** A valid national register number for a birth date before 2000 and a sequence number. */
function nationalNumber(birth: string, seq: number): string {
  const base = `${birth.slice(2, 4)}${birth.slice(5, 7)}${birth.slice(8, 10)}${String(seq).padStart(3, '0')}`;
  return `${base}${String(97 - (Number(base) % 97)).padStart(2, '0')}`;
}

function csv(): string {
  const lines = [
    'Nom;Prénom;Date de naissance;Lieu de naissance;Nationalité;Numéro national;Adresse;Code postal;Localité;Type de document;Numéro de carte;Date d’expiration;Mode d’identification',
  ];
  for (let i = 0; i < rows; i += 1) {
    const year = 1940 + (i % 59);
    const day = 1 + (i % 28);
    const birth = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    lines.push(
      `Nom${i};Prénom${i % 97};${birth};Gent;BE;${nationalNumber(birth, 1 + (Math.floor(i / 700) % 997))};Kouter ${i};9000;Gent;eid;592-${String(i).padStart(7, '0')}-89;2031-01-01;face_to_face`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const t = await createTestApp();
try {
  await createSignedInUser(t);
  const member = await (await createAgency(t)).addMember({ toolRole: 'collaborator' });
  const client = member.client;
  const body = Buffer.concat([
    Buffer.from('--B0\r\nContent-Disposition: form-data; name="file"; filename="bench.csv"\r\n\r\n'),
    Buffer.from(csv()),
    Buffer.from('\r\n--B0--\r\n'),
  ]);
  let start = performance.now();
  const uploaded = await t.app.inject({
    method: 'POST',
    url: '/api/contact-imports',
    headers: {
      cookie: client.cookieHeader(),
      'x-csrf-token': client.csrfToken!,
      'content-type': 'multipart/form-data; boundary=B0',
    },
    remoteAddress: client.ip,
    payload: body,
  });
  const uploadMs = performance.now() - start;
  const id = uploaded.json().import.id as string;
  start = performance.now();
  const preview = (await client.get(`/api/contact-imports/${id}/preview`)).body;
  const previewMs = performance.now() - start;
  console.error(`upload ${Math.round(uploadMs)} ms, preview ${Math.round(previewMs)} ms (${rows} rows)`);
  await client.post(`/api/contact-imports/${id}/confirm`, { acceptPartial: true });
  start = performance.now();
  // In-memory PGlite answers through promises only: the job runner never yields to timers, so progress is
  // reported between job runs (one run = one chunk of rows), through the runner's own step.
  const runner = t.app.jobs as unknown as { runOne(): Promise<boolean> };
  let lastReport = performance.now();
  while (await runner.runOne()) {
    sampleRss();
    if (performance.now() - lastReport < progressSeconds * 1000) continue;
    lastReport = performance.now();
    const [run] = await t.database.db
      .select({ done: contactImports.lastRow })
      .from(contactImports)
      .where(eq(contactImports.id, id));
    const seconds = (performance.now() - start) / 1000;
    console.error(
      `progress: ${run?.done ?? 0}/${rows} rows, ${Math.round(seconds)} s, ${Math.round((run?.done ?? 0) / seconds)} rows/s, rss ${mb(process.memoryUsage().rss)} MB, load ${load().join(' ')}`,
    );
  }
  await t.app.jobs.drain();
  const jobMs = performance.now() - start;
  sampleRss();
  const done = (await client.get(`/api/contact-imports/${id}`)).body;
  console.log(
    JSON.stringify(
      {
        rows,
        bytes: body.length,
        uploadMs: Math.round(uploadMs),
        previewMs: Math.round(previewMs),
        validRows: preview.validRows,
        jobMs: Math.round(jobMs),
        rowsPerSecond: Math.round((rows / jobMs) * 1000),
        imported: done.importedRows,
        duplicates: done.duplicateRows,
        invalid: done.invalidRows,
        status: done.status,
        totalSeconds: Math.round((uploadMs + previewMs + jobMs) / 1000),
        peakRssMb: mb(peakRss),
        loadAverage: load(),
      },
      null,
      2,
    ),
  );
} finally {
  await t.close();
}
