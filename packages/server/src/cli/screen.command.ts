import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import {
  buildScreeningIndex,
  DEFAULT_SCREENING_THRESHOLD,
  type ListVersionData,
  parseDate,
  type ScreeningHit,
  type ScreeningIndex,
  type ScreeningQuery,
  screenName,
} from '@vigilo/domain/screening/index.ts';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { z } from 'zod';
import { importListFile, ListImportError } from '../screening/importers/index.ts';

const ZQueryLine = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  type: z.enum(['person', 'entity']).optional(),
  birthDate: z
    .string()
    .refine((value) => parseDate(value) !== null, 'birthDate must be YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  countries: z.array(z.string().regex(/^[A-Za-z]{2}$/, 'countries are ISO 3166 alpha-2 codes')).optional(),
});

interface ScreenOptions {
  list: string[];
  threshold: number;
  query?: string;
  type?: 'person' | 'entity';
  birthDate?: string;
  country: string[];
  in?: string;
  out?: string;
}

/**
 * `vigilo screen`: screens one name (--query) or a JSON-lines file of contacts (--in/--out) against list
 * files, with the same index and scoring the server uses.
 */
export function registerScreenCommand(program: Command): void {
  program
    .command('screen')
    .description('screen names against sanctions / PEP / watch-list files')
    .requiredOption(
      '--list <file>',
      'a list file (EU, UN, OFAC, BE, OpenSanctions, watch list); repeatable',
      collect,
      [],
    )
    .option(
      '--threshold <score>',
      'report hits scoring at least this (0–1)',
      parseThreshold,
      DEFAULT_SCREENING_THRESHOLD,
    )
    .option('--query <name>', 'screen this one name and print the JSON result')
    .addOption(new Option('--type <type>', 'kind of the queried subject').choices(['person', 'entity']))
    .option('--birth-date <date>', 'birth date of the queried person: YYYY[-MM[-DD]]', parseBirthDate)
    .option(
      '--country <code>',
      'nationality / residence / registered office, ISO alpha-2; repeatable',
      collect,
      [],
    )
    .option('--in <file>', 'queries, one JSON object a line: {"id","name","type","birthDate","countries"}')
    .option('--out <file>', 'results, one JSON object a line: {"id","hits":[…]}')
    .action(async (options: ScreenOptions, command: Command) => {
      const isSingle = options.query !== undefined;
      if (isSingle === Boolean(options.in || options.out) || (!isSingle && !(options.in && options.out))) {
        command.error('give either --query NAME, or both --in QUERIES.jsonl and --out RESULTS.jsonl');
      }
      try {
        const versions = await Promise.all(options.list.map((file) => importListFile(file)));
        const index = buildScreeningIndex(
          versions.map((version) => ({ list: version.source, entries: version.entries })),
        );
        if (isSingle) printSingleResult(index, versions, options);
        else await screenFile(index, options.in!, options.out!, options.threshold);
      } catch (error) {
        if (!(error instanceof ListImportError || error instanceof QueryFileError)) throw error;
        command.error(`${error.code}: ${error.message} ${JSON.stringify(error.details)}`, { exitCode: 2 });
      }
    });
}

function printSingleResult(index: ScreeningIndex, versions: ListVersionData[], options: ScreenOptions): void {
  const query: ScreeningQuery = {
    name: options.query!,
    ...(options.type ? { kind: options.type } : {}),
    ...(options.birthDate ? { birthDate: options.birthDate } : {}),
    ...(options.country.length > 0 ? { countries: options.country.map((code) => code.toUpperCase()) } : {}),
  };
  const hits = screenName(index, query, { threshold: options.threshold });
  const lists = versions.map(({ source, format, date, checksum, counts }) => ({
    source,
    format,
    date,
    checksum,
    counts,
  }));
  console.log(JSON.stringify({ query, threshold: options.threshold, lists, hits }, null, 2));
}

/** A coded error for a bad line of the queries file. */
class QueryFileError extends Error {
  readonly code = 'SCREEN_QUERY_INVALID';
  constructor(
    message: string,
    readonly details: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** Screens every line of `input` and writes one result line per query, in the same order. */
export async function screenFile(
  index: ScreeningIndex,
  input: string,
  output: string,
  threshold: number,
): Promise<number> {
  const lines = createInterface({ input: createReadStream(input), crlfDelay: Number.POSITIVE_INFINITY });
  const out = createWriteStream(output);
  let lineNumber = 0;
  let screened = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const query = parseQueryLine(line, lineNumber);
    const hits: ScreeningHit[] = screenName(index, toScreeningQuery(query), { threshold });
    if (!out.write(`${JSON.stringify({ id: query.id, hits })}\n`)) await once(out, 'drain');
    screened += 1;
  }
  out.end();
  await once(out, 'finish');
  return screened;
}

function parseQueryLine(line: string, lineNumber: number): z.infer<typeof ZQueryLine> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new QueryFileError('The line is not JSON', { line: lineNumber });
  }
  const parsed = ZQueryLine.safeParse(json);
  if (!parsed.success) {
    throw new QueryFileError('Invalid query', {
      line: lineNumber,
      issues: parsed.error.issues.map((i) => i.message),
    });
  }
  return parsed.data;
}

function toScreeningQuery(line: z.infer<typeof ZQueryLine>): ScreeningQuery {
  return {
    name: line.name,
    ...(line.type ? { kind: line.type } : {}),
    ...(line.birthDate ? { birthDate: line.birthDate } : {}),
    ...(line.countries ? { countries: line.countries.map((code) => code.toUpperCase()) } : {}),
  };
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseThreshold(value: string): number {
  const threshold = Number(value);
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
    throw new InvalidArgumentError('a score between 0 and 1');
  }
  return threshold;
}

function parseBirthDate(value: string): string {
  if (!parseDate(value)) throw new InvalidArgumentError('YYYY, YYYY-MM or YYYY-MM-DD');
  return value;
}
