/**
 * `npm run bench:kbo`: speed and memory of the KBO/BCE extract import (`vigilo kbo import`) on a generated
 * full extract of 200,000 data rows (50,000 enterprises, each with a denomination, an address and an
 * activity), into PGlite in memory, or PostgreSQL with `DATABASE_URL`. Options: `--enterprises N`,
 * `--batch-size N`. Figures go into docs/PERFORMANCE.md (section "KBO import").
 */
import { writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { openDatabase } from '../packages/server/src/db/client.ts';
import { importKboExtract } from '../packages/server/src/kbo/kbo-import.ts';
import { cliOptions } from './bench-support.ts';

const options = cliOptions();
const enterprises = Number(options.get('enterprises') ?? 50_000);
const batchSize = Number(options.get('batch-size') ?? 2000);

/** A valid enterprise number (mod 97 check digits) formatted as the KBO writes it. */
function enterpriseNumber(i: number): string {
  const base = 20_000_000 + i;
  const digits = `0${base}`.slice(-8);
  const check = 97 - (base % 97);
  const all = `${digits}${String(check).padStart(2, '0')}`;
  return `${all.slice(0, 4)}.${all.slice(4, 7)}.${all.slice(7)}`;
}

function extract(): string {
  const e = [
    '"EnterpriseNumber","Status","JuridicalSituation","TypeOfEnterprise","JuridicalForm","JuridicalFormCAC","StartDate"',
  ];
  const d = ['"EntityNumber","Language","TypeOfDenomination","Denomination"'];
  const a = [
    '"EntityNumber","TypeOfAddress","CountryNL","CountryFR","Zipcode","MunicipalityNL","MunicipalityFR","StreetNL","StreetFR","HouseNumber","Box","ExtraAddressInfo","DateStrikingOff"',
  ];
  const n = ['"EntityNumber","ActivityGroup","NaceVersion","NaceCode","Classification"'];
  for (let i = 0; i < enterprises; i++) {
    const number = enterpriseNumber(i);
    e.push(`"${number}","AC","000","2","610",,01-01-${1950 + (i % 70)}`);
    d.push(`"${number}","${1 + (i % 2)}","001","Entreprise de test numéro ${i} SRL"`);
    a.push(
      `"${number}","REGO",,,"1000","Brussel","Bruxelles","Wetstraat","Rue de la Loi","${1 + (i % 200)}","","",`,
    );
    n.push(`"${number}","001","2025","${68000 + (i % 300)}","MAIN"`);
  }
  const path = join(tmpdir(), `kbo-bench-${process.pid}.zip`);
  writeFileSync(
    path,
    zipSync({
      'meta.csv': strToU8(
        '"Variable","Value"\n"SnapshotDate","30-11-2026"\n"ExtractType","full"\n"ExtractNumber","999"\n',
      ),
      'code.csv': strToU8('"Category","Code","Language","Description"\n"Status","AC","FR","Actif"\n'),
      'enterprise.csv': strToU8(`${e.join('\n')}\n`),
      'denomination.csv': strToU8(`${d.join('\n')}\n`),
      'address.csv': strToU8(`${a.join('\n')}\n`),
      'activity.csv': strToU8(`${n.join('\n')}\n`),
    }),
  );
  return path;
}

const zip = extract();
const database = await openDatabase(
  process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {},
);
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 100);
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const { run } = await importKboExtract(database.db, zip, { batchSize });
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
await database.close();
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
console.log(
  `KBO import: ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite (in memory)'}, ${cpus().length} CPUs, ${mb(totalmem())}`,
);
console.log(`rows stored: ${run.rowsImported} (${enterprises} enterprises), batch ${batchSize}`);
console.log(`time: ${seconds.toFixed(1)} s — ${Math.round(run.rowsImported / seconds)} rows/s`);
console.log(`memory: RSS before ${mb(rssBefore)}, peak ${mb(peakRss)}`);
