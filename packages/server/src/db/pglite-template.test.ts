import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { describe, expect, it } from 'vitest';
import { usableTemplate, writePgliteTemplate } from './pglite-template.ts';

describe('PGlite template of a first start', () => {
  it('holds every migration, and is ignored once the migrations differ', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vigilo-template-')), 'template.tar.gz');
    await writePgliteTemplate(file);
    const template = usableTemplate(file);
    expect(template).toBeInstanceOf(Blob);
    const client = new PGlite(join(mkdtempSync(join(tmpdir(), 'vigilo-template-db-')), 'pglite'), {
      extensions: { btree_gin, pg_trgm },
      loadDataDir: template!,
    });
    const migrations = await client.query<{ n: number }>(
      'select count(*)::int as n from drizzle.__drizzle_migrations',
    );
    const journal = await import('../../drizzle/meta/_journal.json', { with: { type: 'json' } });
    expect(migrations.rows[0]!.n).toBe(journal.default.entries.length);
    await client.close();

    writeFileSync(`${file}.json`, JSON.stringify({ migrationsHash: 'built from older migrations' }));
    expect(usableTemplate(file)).toBeUndefined();
  }, 180_000); // builds a whole PGlite database with every migration
});
