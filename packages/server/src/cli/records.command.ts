import type { Command } from 'commander';
import { writeBackup } from '../records/backup/backup.ts';
import { RestoreRefused, restoreBackup } from '../records/backup/restore.ts';
import { runRetention } from '../records/retention-job.ts';
import { withDatabase } from './with-database.ts';

/** `vigilo backup FILE`, `vigilo restore FILE` and `vigilo retention run` (M10). */
export function registerRecordsCommands(program: Command): void {
  program
    .command('backup')
    .argument('<file>', "backup file to write (gzip'd JSON lines)")
    .description('back up every table and the document files (embedded database or PostgreSQL)')
    .action(async (file: string) => {
      const report = await withDatabase((db, config) =>
        writeBackup(db, config, file, config.databaseUrl ? 'postgres' : 'pglite'),
      );
      console.log(
        `Backup written to ${file}: ${report.rows} rows in ${report.tables} tables, ${report.files} document files (${report.bytes} bytes).`,
      );
    });

  program
    .command('restore')
    .argument('<file>', 'a file written by `vigilo backup`')
    .option('--force', 'replace the data of a database that is not empty')
    .description('restore a backup into this installation (an empty one unless --force)')
    .action(async (file: string, opts: { force?: boolean }) => {
      try {
        const report = await withDatabase((db, config) => restoreBackup(db, config, file, opts));
        console.log(
          `Restored ${report.rows} rows in ${report.tables} tables and ${report.files} document files from ${file}.`,
        );
      } catch (error) {
        if (!(error instanceof RestoreRefused)) throw error;
        console.error(`Restore refused: ${error.message}.`);
        process.exitCode = 1;
      }
    });

  program
    .command('retention')
    .description('the retention clock')
    .command('run')
    .description("run today's retention pass now (propose ends after inactivity, purge what is due)")
    .action(async () => {
      const report = await withDatabase((db, config) =>
        runRetention(
          { db, config },
          {
            today: new Date().toISOString().slice(0, 10),
            onError: (contactId, error) => console.error(`Contact ${contactId} not purged: ${String(error)}`),
          },
        ),
      );
      const held = report.outcomes.filter((o) => o.result === 'held').length;
      console.log(
        `Retention pass: ${report.proposed} end(s) of relationship proposed, ${report.purged} contact(s) purged, ${held} under legal hold, ${report.filesDeleted} file(s) deleted.`,
      );
    });
}
