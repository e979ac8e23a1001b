import type { Command } from 'commander';
import { importKboExtract, KboImportError } from '../kbo/kbo-import.ts';
import { withDatabase } from './with-database.ts';

export function registerKboCommands(program: Command): void {
  const kbo = program.command('kbo').description('KBO/BCE enterprise data (FPS Economy open-data extract)');
  kbo
    .command('import')
    .description(
      'import a KBO open-data ZIP (monthly full or update); run it again to resume an interrupted import',
    )
    .argument('<file>', 'KboOpenData_NNNN_YYYY_MM_Full.zip or …_Update.zip')
    .option('--batch-size <rows>', 'rows per committed batch', '2000')
    .action(async (file: string, opts: { batchSize: string }) => {
      let lastPrinted = 0;
      try {
        const { run, isResumed } = await withDatabase((db) =>
          importKboExtract(db, file, {
            batchSize: Math.max(1, Number.parseInt(opts.batchSize, 10) || 2000),
            onProgress: ({ file: entry, rows, rowsImported }) => {
              if (Date.now() - lastPrinted < 2000) return;
              lastPrinted = Date.now();
              console.error(`${entry}: ${rows} rows read, ${rowsImported} rows stored`);
            },
          }),
        );
        console.log(
          `${isResumed ? 'Resumed and imported' : 'Imported'} KBO ${run.extractType} extract ${run.extractNumber ?? ''} (snapshot ${run.snapshotDate ?? 'unknown'}): ${run.rowsImported} rows.`,
        );
      } catch (error) {
        if (!(error instanceof KboImportError)) throw error;
        console.error(`Refused: ${error.message}`);
        process.exitCode = 1;
      }
    });
}
