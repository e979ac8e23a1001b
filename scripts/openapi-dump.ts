/**
 * `npm run openapi:dump -- <file>`: writes the live OpenAPI document (as served at /api/docs/json) to a
 * file, for Redocly's lint and for generating a typed client. Uses an in-memory database; listens on nothing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import { openDatabase } from '../packages/server/src/db/client.ts';

const target = process.argv[2] ?? 'openapi.json';
const database = await openDatabase({});
const config = loadConfig({
  DATA_DIR: mkdtempSync(join(tmpdir(), 'vigilo-openapi-')),
  SESSION_SECRET: 'openapi-dump-openapi-dump-openapi-dump-0123',
  PUBLIC_URL: process.env.PUBLIC_URL ?? 'https://vigilo.example.be',
  LOG_LEVEL: 'silent',
});
const app = await buildApp({ config, db: database.db, logger: false });
await app.ready();
const res = await app.inject({ method: 'GET', url: '/api/docs/json' });
writeFileSync(target, res.body);
await app.close();
await database.close();
console.log(`OpenAPI document written to ${target} (${Object.keys(res.json().paths).length} paths)`);
