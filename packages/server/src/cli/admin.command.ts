import { randomBytes } from 'node:crypto';
import { ZLanguage } from '@vigilo/domain/contracts/common.ts';
import type { Command } from 'commander';
import { createPlatformAdmin } from '../accounts/admin.service.ts';
import { withDatabase } from './with-database.ts';

export function registerAdminCommands(program: Command): void {
  const admin = program.command('admin').description('platform administration');
  admin
    .command('create')
    .description('create an active platform administrator account (or grant the role to an existing account)')
    .requiredOption('--email <email>')
    .requiredOption('--username <username>')
    .option('--first-name <name>', 'first name', 'Admin')
    .option('--last-name <name>', 'last name', 'Vigilo')
    .option('--password <password>', 'password (generated and printed when omitted)')
    .option('--language <lang>', 'fr, nl or en', 'fr')
    .action(async (opts) => {
      const password = opts.password ?? randomBytes(12).toString('base64url');
      const result = await withDatabase((db) =>
        createPlatformAdmin(db, {
          email: opts.email,
          username: opts.username,
          firstName: opts.firstName,
          lastName: opts.lastName,
          password,
          language: ZLanguage.parse(opts.language),
        }),
      );
      if (result === 'promoted')
        console.log(`Existing account ${opts.username} is now a platform administrator.`);
      else
        console.log(
          `Platform administrator ${opts.username} created.${opts.password ? '' : ` Password: ${password}`}`,
        );
    });
}
