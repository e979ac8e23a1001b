import { readFileSync } from 'node:fs';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { Command } from 'commander';
import { translator } from '../i18n/i18n.ts';
import { importBankStatement } from '../wallet/bank-statements/bank-statements.service.ts';
import { walletErrorFacts } from '../wallet/wallet-error-facts.ts';
import { withDatabase } from './with-database.ts';

/** `vigilo bank import FILE`: imports an ISO 20022 CAMT.053 statement and credits wallet top-ups (B6). */
export function registerBankCommands(program: Command): void {
  const bank = program.command('bank').description('bank statements (wallet top-ups by transfer)');
  bank
    .command('import')
    .argument('<file>', 'CAMT.053 statement (XML)')
    .description('credit the transfers whose structured communication matches a wallet; list the others')
    .action(async (file: string) => {
      const bytes = readFileSync(file);
      try {
        const result = await withDatabase((db) =>
          importBankStatement(db, bytes, { userId: null, source: 'cli', ip: null }),
        );
        console.log(
          [
            `Statement ${result.messageId}${result.alreadyImported ? ' (this file was imported before)' : ''}:`,
            `  ${result.credits} credit line(s): ${result.matched} credited, ${result.unmatched} left for manual assignment,`,
            `  ${result.duplicates} already known (not credited again); ${result.ignored} debit or pending line(s) ignored.`,
          ].join('\n'),
        );
        if (result.unmatched > 0)
          console.log('Assign unmatched lines in Administration → Wallet → Bank statements.');
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const t = translator('en');
        const facts = walletErrorFacts(t, 'en', error.code, error.details);
        console.error(`${t(`errors:${error.code}`)}${facts ? ` ${facts.sentence}` : ''}`);
        process.exitCode = 1;
      }
    });
}
