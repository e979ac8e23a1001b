import type { Command } from 'commander';
import { desc } from 'drizzle-orm';
import { mailOutbox } from '../mail/mail.schema.ts';
import { withDatabase } from './with-database.ts';

export function registerMailCommands(program: Command): void {
  const mail = program.command('mail').description('the outbox of e-mails');
  mail
    .command('list')
    .description('show the latest e-mails (to read an activation code when no SMTP server is configured)')
    .option('-n, --limit <n>', 'how many', '20')
    .action(async (opts: { limit: string }) => {
      await withDatabase(async (db) => {
        const rows = await db
          .select()
          .from(mailOutbox)
          .orderBy(desc(mailOutbox.createdAt))
          .limit(Number(opts.limit));
        for (const m of rows) {
          console.log(`${m.createdAt.toISOString()}  ${m.status.padEnd(7)}  ${m.toAddress}  ${m.subject}`);
          console.log(`${m.textBody.replace(/^/gm, '    ')}\n`);
        }
        if (rows.length === 0) console.log('The outbox is empty.');
      });
    });
}
