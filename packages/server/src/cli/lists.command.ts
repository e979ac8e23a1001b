import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { Command } from 'commander';
import { importList } from '../screening/list-import.ts';
import { withDatabase } from './with-database.ts';

export function registerListsCommands(program: Command): void {
  const lists = program.command('lists').description('sanctions, PEP and watch lists used by screening');
  lists
    .command('import')
    .description(
      'import a list file as a new version (format detected); contacts are re-screened in the background',
    )
    .argument(
      '<file>',
      'EU XML 1.1, UN XML, OFAC sdn.csv (alt/add beside it), Belgian CSV, OpenSanctions / Senzing JSON lines',
    )
    .option(
      '--source <name>',
      'list name reported in hits (default from the format: eu, un, ofac, be, opensanctions)',
    )
    .action(async (file: string, opts: { source?: string }) => {
      try {
        const { version, unchanged } = await withDatabase((db) =>
          importList(db, file, {
            organisationId: null,
            importedBy: null,
            ...(opts.source ? { source: opts.source } : {}),
          }),
        );
        const diff = version.diff as { added: string[]; changed: string[]; removed: string[] };
        console.log(
          unchanged
            ? `Unchanged: ${version.source} ${version.listDate} is already the version in force.`
            : `Imported ${version.source} ${version.listDate}: +${diff.added.length} ~${diff.changed.length} -${diff.removed.length} entries.`,
        );
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        console.error(
          `Refused (${error.code}): ${String(error.details?.reason ?? '')} — the list in force is unchanged.`,
        );
        process.exitCode = 1;
      }
    });
}
