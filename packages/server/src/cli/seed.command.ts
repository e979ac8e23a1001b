import { type Command, InvalidArgumentError, Option } from 'commander';
import { seedDatabase } from '../seed/seed.service.ts';
import { benchAccounts } from '../seed/seed-agency.ts';
import { seedScales, type TSeedScaleName } from '../seed/seed-scale.ts';
import { withDatabase } from './with-database.ts';

const positive = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a positive whole number');
  return n;
};

type TSeedCommandOptions = {
  scale: TSeedScaleName;
  agencies?: number;
  largestContacts?: number;
  otherContacts?: number;
  transactions?: number;
  seed: number;
  today: string;
  password: string;
  list: string[];
};

/** `vigilo seed`: fills the configured database with realistic, deterministic data for benchmarks and demos. */
export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description(
      'generate realistic agencies, contacts, cases, transactions, wallets and audit trails (deterministic)',
    )
    .addOption(new Option('--scale <scale>', 'preset size').choices(Object.keys(seedScales)).default('small'))
    .option('--agencies <n>', 'number of agencies (overrides the scale)', positive)
    .option('--largest-contacts <n>', 'contacts of the largest agency', positive)
    .option('--other-contacts <n>', 'average contacts of the other agencies', positive)
    .option('--transactions <n>', 'transactions over all agencies', positive)
    .option('--seed <n>', 'seed of the pseudo-random generator', positive, 42)
    .option(
      '--today <date>',
      'last day of the generated history (YYYY-MM-DD)',
      new Date().toISOString().slice(0, 10),
    )
    .option('--password <password>', 'password of every seeded account', 'Vigilo-bench-2026')
    .option(
      '--list <file>',
      'sanctions / PEP list file to import first; repeatable',
      (v: string, all: string[]) => [...all, v],
      [],
    )
    .action(async (options: TSeedCommandOptions) => {
      const scale = seedScales[options.scale];
      const report = await withDatabase((db) =>
        seedDatabase(
          db,
          {
            agencies: options.agencies ?? scale.agencies,
            largestContacts: options.largestContacts ?? scale.largestContacts,
            otherContacts: options.otherContacts ?? scale.otherContacts,
            transactions: options.transactions ?? scale.transactions,
            seed: options.seed,
            today: options.today,
            password: options.password,
            lists: options.list,
          },
          console.log,
        ),
      );
      console.log(`Seeded ${report.agencies} agencies in ${report.seconds.toFixed(0)} s:`);
      for (const [table, n] of Object.entries(report.rows)) console.log(`  ${table}: ${n}`);
      console.log(
        `Accounts (password "${options.password}"): ${Object.values(benchAccounts)
          .map((a) => a.username)
          .join(', ')}`,
      );
    });
}
