import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { personInput } from './contact-fixtures.ts';
import { createAgency, createSignedInUser } from './factories.ts';
import type { TestClient, TTestApp } from './harness.ts';

/**
 * The load of issue 17: while an agency uploads a 100,000-row watch list and the platform administrator
 * the EU consolidated list, other users keep calling `/api/health` and a contact page. Shared by the
 * test (generous bound) and `npm run bench:imports` (real figures). Requests go through the application's
 * own event loop (inject), so any synchronous work of the imports shows in their latency.
 */
export const watchlistRows = 100_000;
const euList = fileURLToPath(new URL('../lists/eu-fsf-1.1-20260501.xml.gz', import.meta.url));

/** A watch list CSV of `rows` people and companies, deterministic. */
export function watchlistCsv(rows: number): Buffer {
  const lines = ['id,name,type,birthDate,countries'];
  for (let i = 0; i < rows; i++) {
    const person = i % 5 !== 0;
    lines.push(
      person
        ? `W-${i},Personne${i.toString(36)} Nom${(i * 7919).toString(36)},person,${1940 + (i % 60)}-0${1 + (i % 9)}-1${i % 10},BE;FR`
        : `W-${i},Société ${(i * 104729).toString(36)} SRL,entity,,BE`,
    );
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

function multipart(filename: string, bytes: Buffer): { payload: Buffer; contentType: string } {
  const boundary = 'vigiloImportLoad';
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}

function upload(t: TTestApp, client: TestClient, url: string, filename: string, bytes: Buffer) {
  const { payload, contentType } = multipart(filename, bytes);
  return t.app.inject({
    method: 'POST',
    url,
    remoteAddress: client.ip,
    headers: {
      cookie: client.cookieHeader(),
      'x-csrf-token': client.csrfToken!,
      'content-type': contentType,
    },
    payload,
  });
}

export type TImportLoad = {
  /** Milliseconds per probe request, in the order sent. */
  health: number[];
  contactPage: number[];
  watchlistStatus: number;
  euStatus: number;
  /** Status of a second watch-list upload sent while the first runs (409: one import at a time). */
  concurrentStatus: number;
  importMs: number;
  /** The event loop's own delay meanwhile (ms): what the imports' synchronous work cost everyone. */
  loopDelay: { p99: number; max: number };
};

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Runs the two imports and probes the two pages every `intervalMs` until both imports answered. */
export async function runImportLoad(
  t: TTestApp,
  rows = watchlistRows,
  intervalMs = 20,
): Promise<TImportLoad> {
  const admin = (await createSignedInUser(t)).client; // the first account: platform administrator
  const agency = await createAgency(t, { name: 'Agence sous charge' });
  const officer = await agency.addMember({ isManager: true, toolRole: 'officer' });
  const neighbour = await createAgency(t, { name: 'Agence voisine' });
  const reader = (await neighbour.addMember({ toolRole: 'collaborator' })).client;
  const contact = await reader.post('/api/contacts', personInput());
  const contactUrl = `/api/contacts/${contact.body.id}`;
  const csv = watchlistCsv(rows);
  const eu = readFileSync(euList);

  const health: number[] = [];
  const contactPage: number[] = [];
  const started = performance.now();
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let done = false;
  const imports = Promise.all([
    upload(t, officer.client, '/api/screening/watchlist', 'watchlist.csv', csv),
    upload(t, admin, '/api/admin/lists', 'eu.xml.gz', eu),
  ]).finally(() => {
    done = true;
  });
  // The same agency's second upload meanwhile: refused, not queued.
  const concurrent = new Promise((resolve) => setTimeout(resolve, 50)).then(() =>
    upload(t, officer.client, '/api/screening/watchlist', 'again.csv', csv),
  );
  const probe = async (url: string, into: number[]) => {
    const t0 = performance.now();
    const res = await reader.get(url);
    into.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`${url} answered ${res.status} during the imports`);
  };
  while (!done) {
    await Promise.all([probe('/api/health', health), probe(contactUrl, contactPage)]);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  const [watchlist, euAnswer] = await imports;
  delay.disable();
  return {
    health,
    contactPage,
    watchlistStatus: watchlist.statusCode,
    euStatus: euAnswer.statusCode,
    concurrentStatus: (await concurrent).statusCode,
    importMs: performance.now() - started,
    loopDelay: { p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 },
  };
}
