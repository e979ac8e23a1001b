import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { kboFixtureZip } from '../../test/kbo-fixtures.ts';
import { registerKboCommands } from './kbo.command.ts';

function program(): Command {
  const root = new Command('vigilo').exitOverride();
  registerKboCommands(root);
  return root;
}

describe('vigilo kbo import', () => {
  const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
  afterEach(() => {
    vi.restoreAllMocks();
    Object.assign(process.env, saved);
    if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
    process.exitCode = undefined;
  });

  it('imports an extract into the configured database, and refuses a file that is not one', async () => {
    process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'vigilo-kbo-cli-'));
    delete process.env.DATABASE_URL;
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await program().parseAsync(['kbo', 'import', kboFixtureZip('full')], { from: 'user' });
    expect(log.mock.calls.map((c) => String(c[0])).join('\n')).toContain(
      'Imported KBO full extract 136 (snapshot 2025-05-30): 76 rows.',
    );

    const bad = join(process.env.DATA_DIR, 'bad.zip');
    writeFileSync(bad, 'not a zip');
    await program().parseAsync(['kbo', 'import', bad], { from: 'user' });
    expect(error.mock.calls.map((c) => String(c[0])).join('\n')).toContain(
      'Refused: Not a KBO open-data extract',
    );
    expect(process.exitCode).toBe(1);
  }, 180_000);
});
