import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TTestApp, testDriver } from '../../test/harness.ts';
import { percentile, runImportLoad } from '../../test/import-load.ts';

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 180_000);
afterAll(() => t.close());

describe('heavy imports do not stall the other agencies', () => {
  it('answers /api/health and a contact page while a 100,000-row watch list and the EU list import', async () => {
    const load = await runImportLoad(t);
    expect(load.watchlistStatus).toBe(201);
    expect(load.euStatus).toBe(201);
    // One import at a time per organisation: the same agency's second upload is refused meanwhile.
    expect(load.concurrentStatus).toBe(409);
    expect(load.health.length).toBeGreaterThan(5);
    // Generous bounds for a shared CI machine (parsing the EU list on the request loop alone stalls it
    // for seconds); the real figure comes from `npm run bench:imports`. PGlite
    // runs the database in this very thread, so its own work for 100,000 inserts counts too: 5 s there.
    const bound = testDriver() === 'postgres' ? 3000 : 5000;
    expect(percentile(load.health, 99)).toBeLessThan(bound);
    expect(percentile(load.contactPage, 99)).toBeLessThan(bound);
  }, 600_000);
});
