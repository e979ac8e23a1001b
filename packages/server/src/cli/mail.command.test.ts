import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../db/client.ts';
import { mailOutbox } from '../mail/mail.schema.ts';
import { createMailDeliverer, queueMail, type TMailTemplate } from '../mail/mail.service.ts';
import { registerMailCommands } from './mail.command.ts';

describe('vigilo mail list', () => {
  const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
  afterEach(() => {
    vi.restoreAllMocks();
    Object.assign(process.env, saved);
    if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
  });

  it('shows every e-mail the console transport printed, of every kind', async () => {
    process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'vigilo-mail-cli-'));
    delete process.env.DATABASE_URL;
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const mails: { to: string; template: TMailTemplate; lang: 'fr' | 'nl' | 'en' }[] = [
      { to: 'anne@example.be', template: 'activation', lang: 'fr' },
      { to: 'bart@example.be', template: 'memberPending', lang: 'nl' },
      { to: 'carl@example.be', template: 'caseNeedsOfficer', lang: 'en' },
      { to: 'dora@example.be', template: 'reviewDigest', lang: 'fr' },
      // More than the former default of 20 lines: the list must not stop at the newest few.
      ...Array.from({ length: 22 }, (_, i) => ({
        to: `member${i}@example.be`,
        template: 'screeningNewHit' as const,
        lang: 'nl' as const,
      })),
    ];
    const database = await openDatabase({ dataDir: process.env.DATA_DIR });
    try {
      await database.db.transaction(async (tx) => {
        for (const mail of mails) {
          await queueMail(tx, {
            ...mail,
            firstName: 'Lieve',
            vars: { code: '123456', count: 3, name: 'Dupont', title: 'Dupont', url: 'http://x' },
          });
        }
      });
      const deliver = createMailDeliverer(database.db, undefined, 'vigilo@example.be');
      for (const row of await database.db.select({ id: mailOutbox.id }).from(mailOutbox)) {
        await deliver({ outboxId: row.id });
      }
    } finally {
      await database.close();
    }
    const printedOnConsole = log.mock.calls
      .map((call) => String(call[0]))
      .filter((line) => line.startsWith('\n--- mail to '))
      .map((line) => line.split('\n')[1]!.replace('--- mail to ', ''));
    expect(printedOnConsole).toHaveLength(mails.length);
    log.mockClear();

    const program = new Command('vigilo').exitOverride();
    registerMailCommands(program);
    await program.parseAsync(['mail', 'list'], { from: 'user' });
    const listed = log.mock.calls.map((call) => String(call[0])).join('\n');
    for (const printed of printedOnConsole) {
      const to = printed.slice(0, printed.indexOf(': '));
      const subject = printed.slice(printed.indexOf(': ') + 2);
      expect(listed).toContain(`logged   ${to}  ${subject}`);
    }
  }, 180_000);
});
