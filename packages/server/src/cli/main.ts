import { Command } from 'commander';
import { wireModules } from '../composition/wire-modules.ts';
import { registerAdminCommands } from './admin.command.ts';
import { registerAuditCommands } from './audit.command.ts';
import { registerBankCommands } from './bank.command.ts';
import { registerKboCommands } from './kbo.command.ts';
import { registerListsCommands } from './lists.command.ts';
import { registerMailCommands } from './mail.command.ts';
import { registerRecordsCommands } from './records.command.ts';
import { registerScreenCommand } from './screen.command.ts';
import { registerSeedCommand } from './seed.command.ts';
import { registerServeCommand } from './serve.command.ts';

wireModules();
const program = new Command('vigilo').description('Vigilo — AML tool for Belgian real-estate agencies');
registerServeCommand(program);
registerMailCommands(program);
registerAdminCommands(program);
registerAuditCommands(program);
registerBankCommands(program);
registerScreenCommand(program);
registerRecordsCommands(program);
registerListsCommands(program);
registerKboCommands(program);
registerSeedCommand(program);

await program.parseAsync(process.argv);
