import type { Command } from 'commander';
import { listOutboxNewestFirst } from '../mail/outbox-listing.ts';
import { withDatabase } from './with-database.ts';

export function registerMailCommands(program: Command): void {
  const mail = program.command('mail').description('the outbox of e-mails');
  mail
    .command('list')
    .description(
      'show every e-mail of the outbox, newest first: each one printed on the console without SMTP (to read an activation code)',
    )
    .option('-n, --limit <n>', 'only the newest n')
    .action(async (opts: { limit?: string }) => {
      await withDatabase(async (db) => {
        const limit = Number(opts.limit);
        const rows = await listOutboxNewestFirst(
          db,
          opts.limit && Number.isInteger(limit) && limit > 0 ? limit : undefined,
        );
        for (const m of rows) {
          console.log(`${m.createdAt.toISOString()}  ${m.status.padEnd(7)}  ${m.toAddress}  ${m.subject}`);
          console.log(`${m.textBody.replace(/^/gm, '    ')}\n`);
        }
        if (rows.length === 0) console.log('The outbox is empty.');
      });
    });
}
