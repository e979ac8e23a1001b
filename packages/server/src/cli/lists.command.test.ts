import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerListsCommands } from './lists.command.ts';

const fixtures = new URL('../../test/fixtures/lists/', import.meta.url).pathname;

function program(): Command {
  const root = new Command('vigilo').exitOverride();
  registerListsCommands(root);
  return root;
}

describe('vigilo lists import (air-gapped installations)', () => {
  const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
  afterEach(() => {
    vi.restoreAllMocks();
    Object.assign(process.env, saved);
    if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
    if (saved.DATA_DIR === undefined) delete process.env.DATA_DIR;
    process.exitCode = undefined;
  });

  it('imports a list file dated by its content, finds the same file unchanged, refuses a malformed one', async () => {
    process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'vigilo-lists-cli-'));
    delete process.env.DATABASE_URL;
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const run = (file: string) =>
      program().parseAsync(['lists', 'import', join(fixtures, file)], { from: 'user' });

    await run('be-national-list.csv');
    await run('be-national-list.csv');
    const printed = log.mock.calls.map((c) => String(c[0]));
    expect(printed[0]).toBe('Imported be 2023-09-20: +3 ~0 -0 entries.');
    expect(printed[1]).toBe('Unchanged: be 2023-09-20 is already the version in force.');

    await run('be-national-list-malformed.csv');
    expect(error.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(
      /^Refused \(.+\): .*the list in force is unchanged\.$/,
    );
    expect(process.exitCode).toBe(1);
  });
});
