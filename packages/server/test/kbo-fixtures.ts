import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';

const folder = join(import.meta.dirname, 'fixtures', 'kbo');

/** Zips a fixture extract folder (`full` or `update`) into a temporary file and returns its path. */
export function kboFixtureZip(kind: 'full' | 'update', name = `KboOpenData_${kind}.zip`): string {
  const files: Record<string, Uint8Array> = {};
  for (const file of readdirSync(join(folder, kind))) files[file] = readFileSync(join(folder, kind, file));
  const path = join(tmpdir(), `${process.pid}-${randomUUID()}-${name}`);
  writeFileSync(path, zipSync(files));
  return path;
}
