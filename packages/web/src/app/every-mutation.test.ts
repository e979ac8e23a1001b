import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { notificationsStore } from '@mantine/notifications';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import errors from '../../../domain/locales/fr/errors.json' with { type: 'json' };
import { ApiError } from '../lib/api.ts';
import { createQueryClient } from './query-client.ts';

const srcDir = new URL('..', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.includes('.test.') ? [path] : [];
  });
}

/** Every `useMutation(` of the web app, as "file:line". */
const mutationSites = sources(srcDir).flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => (line.includes('useMutation(') ? [`${relative(srcDir, file)}:${i + 1}`] : [])),
);

const shown = () => notificationsStore.getState().notifications.map((n) => String(n.message));

beforeAll(() => i18next.init({ lng: 'fr', resources: { fr: { errors } } }));

describe('every mutation of the web app fails visibly', () => {
  it('finds the mutations, and none escapes the one shared client', () => {
    expect(mutationSites.length).toBeGreaterThan(50);
    // Only the app's client handles mutation errors: no second QueryClient or MutationCache, no
    // mutation that throws its error away from the shared handler or silences it.
    for (const file of sources(srcDir)) {
      const text = readFileSync(file, 'utf8');
      const where = relative(srcDir, file);
      if (where !== 'app/query-client.ts') {
        expect(text, where).not.toMatch(/new (QueryClient|MutationCache)\(/);
      }
      expect(text, where).not.toMatch(/throwOnError|meta:\s*\{\s*silent/);
    }
  });

  it('makes each of them fail once through the shared client: each shows its translated message', async () => {
    for (const site of mutationSites) {
      notificationsStore.setState({ ...notificationsStore.getState(), notifications: [] });
      const client = createQueryClient();
      const mutation = client.getMutationCache().build(client, {
        mutationKey: [site],
        mutationFn: () =>
          Promise.reject(new ApiError(500, { code: 'internal_error', message: `Échec : ${site}` })),
      });
      await mutation.execute(undefined).catch(() => {});
      expect(shown(), site).toEqual([`Échec : ${site}`]);
    }
  });
});
