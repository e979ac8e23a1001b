import type { Command } from 'commander';
import { verifyAuditChains } from '../audit/audit.service.ts';
import { withDatabase } from './with-database.ts';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the audit trail');
  audit
    .command('verify')
    .description('recompute every hash chain and report the first broken link')
    .action(async () => {
      const report = await withDatabase((db) => verifyAuditChains(db));
      if (report.ok) {
        console.log(`Audit trail intact: ${report.events} events in ${report.chains} chains.`);
        return;
      }
      console.error(
        `Audit trail BROKEN at event ${report.brokenAt.id} (chain ${report.brokenAt.chain}): ${report.brokenAt.reason}.`,
      );
      process.exitCode = 1;
    });
}
