import type { Command } from 'commander';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { scheduleInvoicingJob } from '../invoicing/invoicing-job.ts';
import { scheduleRetentionJob } from '../records/retention-job.ts';
import { scheduleReviewReminders } from '../risk/periodic-review.service.ts';
import { scheduleBundledLists } from '../screening/bundled-lists.ts';
import { scheduleListCheck } from '../screening/sources/list-check-job.ts';
import { testPaymentsRefusal } from '../wallet/payment-providers/test-payments-guard.ts';
import { paceServerHeap } from './server-heap.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('start the web application and API (migrations are applied first)')
    .action(async () => {
      paceServerHeap();
      const config = loadConfig();
      const refusal = testPaymentsRefusal(config);
      if (refusal) {
        console.error(refusal);
        process.exit(1);
      }
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      const app = await buildApp({ config, db: database.db });
      const shutdown = async () => {
        await app.close();
        await database.close();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
      await app.listen({ port: config.port, host: config.host });
      app.jobs.start();
      await scheduleRetentionJob(database.db);
      // After listen: the snapshots load in the background and never delay the start.
      if (config.lists.bootstrap) await scheduleBundledLists(database.db);
      await scheduleListCheck(database.db, config);
      await scheduleInvoicingJob(database.db);
      await scheduleReviewReminders(database.db);
      app.log.info(`Vigilo is running at ${config.publicUrl} (database: ${database.driver})`);
    });
}
