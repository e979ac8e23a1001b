import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerSeedCommand } from './seed.command.ts';

describe('vigilo seed', () => {
  const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
  afterEach(() => {
    vi.restoreAllMocks();
    Object.assign(process.env, saved);
    if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
  });

  it('seeds the configured database at the given size and prints the accounts', async () => {
    process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'vigilo-seed-cli-'));
    delete process.env.DATABASE_URL;
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const program = new Command('vigilo').exitOverride();
    registerSeedCommand(program);
    await program.parseAsync(
      [
        'seed',
        '--agencies',
        '2',
        '--largest-contacts',
        '30',
        '--other-contacts',
        '5',
        '--transactions',
        '4',
        '--today',
        '2026-11-20',
      ],
      { from: 'user' },
    );
    const printed = log.mock.calls.map((call) => String(call[0])).join('\n');
    expect(printed).toContain('Seeded 2 agencies');
    expect(printed).toMatch(/contacts: 3\d\b/);
    expect(printed).toContain('bench.officer, bench.collaborator, bench.admin');
  });
});
