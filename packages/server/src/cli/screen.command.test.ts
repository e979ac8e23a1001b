import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerScreenCommand } from './screen.command.ts';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/lists/', import.meta.url));
const WATCHLIST = `${FIXTURES}watchlist.csv`;
const BE_LIST = `${FIXTURES}be-national-list.csv`;

function program(): Command {
  const root = new Command('vigilo').exitOverride();
  registerScreenCommand(root);
  for (const command of root.commands) command.exitOverride();
  return root;
}

describe('vigilo screen', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints the JSON result of one query', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await program().parseAsync(
      [
        'screen',
        '--list',
        WATCHLIST,
        '--list',
        BE_LIST,
        '--query',
        'DUPONT, Sophie',
        '--type',
        'person',
        '--birth-date',
        '1980',
        '--country',
        'be',
      ],
      { from: 'user' },
    );
    const result = JSON.parse(String(log.mock.calls[0]?.[0]));
    expect(result.lists.map((list: { source: string }) => list.source)).toEqual(['watchlist', 'be']);
    expect(result.hits[0]).toMatchObject({
      list: 'watchlist',
      entryId: 'W-3',
      matchedName: 'Dupont, Sophie',
      score: 1,
    });
    expect(result.hits[0].explanation.birthDate.agreement).toBe('year');
  });

  it('screens a JSON-lines file into a JSON-lines file, in order', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'vigilo-screen-'));
    const input = join(folder, 'queries.jsonl');
    const output = join(folder, 'results.jsonl');
    await writeFile(
      input,
      [
        '{"id":"1","name":"Karim Al Musawi","type":"person","birthDate":"1988-11-02"}',
        '{"id":"2","name":"Lotte Claes","type":"person","countries":["BE"]}',
        '{"id":"3","name":"Al Nour Solidariteit","type":"entity"}',
      ].join('\n'),
    );
    await program().parseAsync(['screen', '--list', BE_LIST, '--in', input, '--out', output], {
      from: 'user',
    });
    const lines = (await readFile(output, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.id, line.hits.map((hit: { entryId: string }) => hit.entryId)])).toEqual([
      ['1', ['BE-2022-014']],
      ['2', []],
      ['3', ['BE-2023-007']],
    ]);
  });

  it('refuses a query line without name, with its line number', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'vigilo-screen-'));
    const input = join(folder, 'queries.jsonl');
    await writeFile(input, '{"id":"1","name":"Jan"}\n{"id":"2"}\n');
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await expect(
      program().parseAsync(['screen', '--list', BE_LIST, '--in', input, '--out', join(folder, 'out.jsonl')], {
        from: 'user',
      }),
    ).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('"line":2') });
  });

  it('refuses --query together with --in, and an out-of-range threshold', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await expect(
      program().parseAsync(['screen', '--list', BE_LIST, '--query', 'x', '--in', 'a.jsonl'], {
        from: 'user',
      }),
    ).rejects.toMatchObject({ exitCode: 1 });
    await expect(
      program().parseAsync(['screen', '--list', BE_LIST, '--query', 'x', '--threshold', '2'], {
        from: 'user',
      }),
    ).rejects.toMatchObject({ code: 'commander.invalidArgument' });
  });
});
