#!/usr/bin/env node
// The `vigilo` command: runs the compiled server (`npm run build` writes dist/server/vigilo.mjs) with
// plain Node.js — no TypeScript toolchain at run time. Stack traces point into the TypeScript sources.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/server/vigilo.mjs', import.meta.url);
if (!existsSync(bundle)) {
  console.error('Vigilo is not built yet: run `npm run build` first (from the repository root).');
  process.exit(1);
}
process.setSourceMapsEnabled(true);
await import(bundle.href);
