import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { kboDateToIso } from '@vigilo/domain/kbo/kbo-rules.ts';
import { parse } from 'csv-parse';
import { Unzip, UnzipInflate } from 'fflate';
import type { TDb } from '../db/client.ts';
import * as repo from './kbo.repository.ts';

/** A refused extract (not a KBO ZIP, missing file, broken CSV): the data already loaded is unchanged. */
export class KboImportError extends Error {
  override name = 'KboImportError';
}

export type TKboProgress = { file: string; rows: number; rowsImported: number };

export type TKboImportOptions = {
  batchSize?: number;
  onProgress?: (progress: TKboProgress) => void;
  /** Called after each committed batch (tests interrupt a run here). */
  afterBatch?: (progress: TKboProgress) => void | Promise<void>;
};

const DATA_FILES = ['enterprise', 'denomination', 'address', 'activity'] as const;
const ENTERPRISE_NUMBER = /^\d{4}\.\d{3}\.\d{3}$/;

/** One pass over the ZIP: its SHA-256 (the run's identity for resuming) and the names of its entries. */
async function scanZip(path: string): Promise<{ sha256: string; entries: Set<string> }> {
  const hash = createHash('sha256');
  const entries = new Set<string>();
  const unzip = new Unzip((file) => {
    entries.add(basename(file.name).toLowerCase());
  });
  await new Promise<void>((resolve, reject) => {
    const input = createReadStream(path);
    input.on('data', (chunk) => {
      const bytes = chunk as Buffer;
      hash.update(bytes);
      try {
        unzip.push(bytes);
      } catch (error) {
        input.destroy(error as Error);
      }
    });
    input.on('end', () => {
      try {
        unzip.push(new Uint8Array(0), true);
        resolve();
      } catch (error) {
        reject(error);
      }
    });
    input.on('error', reject);
  }).catch((error: unknown) => {
    throw new KboImportError(
      `Not a readable ZIP file: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
  return { sha256: hash.digest('hex'), entries };
}

/**
 * Streams the CSV records of one ZIP entry. fflate's `Unzip` is push-based: the file stream is paused
 * while the CSV parser's buffer is full, so memory stays flat however large the entry (activity.csv is
 * over 1.5 GB uncompressed).
 */
async function* entryRecords(path: string, entry: string): AsyncGenerator<string[]> {
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true });
  const input = createReadStream(path);
  let isDone = false;
  const unzip = new Unzip((file) => {
    if (isDone || basename(file.name).toLowerCase() !== entry) return;
    file.ondata = (error, chunk, isFinal) => {
      if (error) {
        parser.destroy(error);
        return;
      }
      if (chunk.length > 0 && !parser.write(chunk)) {
        input.pause();
        parser.once('drain', () => input.resume());
      }
      if (isFinal) {
        isDone = true;
        parser.end();
        input.destroy();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  input.on('data', (chunk) => {
    if (isDone) return;
    try {
      unzip.push(chunk as Buffer);
    } catch (error) {
      parser.destroy(error as Error);
    }
  });
  input.on('end', () => {
    if (!isDone) parser.end();
  });
  input.on('error', (error) => parser.destroy(error));
  try {
    for await (const record of parser as AsyncIterable<string[]>) yield record;
  } finally {
    input.destroy();
  }
}

const digits = (number: string) => number.replace(/\D/g, '');
const orNull = (value: string | undefined) => (value === undefined || value === '' ? null : value);

/** Maps a CSV record (by header name) to a table row; null for rows Vigilo does not keep (establishments). */
function toRow(table: repo.TKboTable, r: Record<string, string>): Record<string, unknown> | null {
  switch (table) {
    case 'code':
      return { category: r.Category, code: r.Code, language: r.Language, description: r.Description ?? '' };
    case 'enterprise':
      if (!ENTERPRISE_NUMBER.test(r.EnterpriseNumber ?? '')) return null;
      return {
        enterpriseNumber: digits(r.EnterpriseNumber!),
        status: r.Status ?? '',
        juridicalSituation: r.JuridicalSituation ?? '',
        typeOfEnterprise: r.TypeOfEnterprise ?? '',
        juridicalForm: orNull(r.JuridicalForm),
        juridicalFormCac: orNull(r.JuridicalFormCAC),
        startDate: kboDateToIso(r.StartDate),
      };
    case 'denomination':
      if (!ENTERPRISE_NUMBER.test(r.EntityNumber ?? '')) return null;
      return {
        entityNumber: digits(r.EntityNumber!),
        language: r.Language ?? '0',
        typeOfDenomination: r.TypeOfDenomination ?? '',
        denomination: r.Denomination ?? '',
      };
    case 'address':
      if (!ENTERPRISE_NUMBER.test(r.EntityNumber ?? '')) return null;
      return {
        entityNumber: digits(r.EntityNumber!),
        typeOfAddress: r.TypeOfAddress ?? '',
        countryNl: orNull(r.CountryNL),
        countryFr: orNull(r.CountryFR),
        zipcode: orNull(r.Zipcode),
        municipalityNl: orNull(r.MunicipalityNL),
        municipalityFr: orNull(r.MunicipalityFR),
        streetNl: orNull(r.StreetNL),
        streetFr: orNull(r.StreetFR),
        houseNumber: orNull(r.HouseNumber),
        box: orNull(r.Box),
        extraAddressInfo: orNull(r.ExtraAddressInfo),
        dateStrikingOff: kboDateToIso(r.DateStrikingOff),
      };
    case 'activity':
      if (!ENTERPRISE_NUMBER.test(r.EntityNumber ?? '')) return null;
      return {
        entityNumber: digits(r.EntityNumber!),
        activityGroup: r.ActivityGroup ?? '',
        naceVersion: r.NaceVersion ?? '',
        naceCode: r.NaceCode ?? '',
        classification: r.Classification ?? '',
      };
  }
}

type TStep = { file: string; table: repo.TKboTable; kind: 'replace' | 'delete' | 'insert' };

function planOf(extractType: string, entries: Set<string>): TStep[] {
  const steps: TStep[] = [{ file: 'code.csv', table: 'code', kind: 'insert' }];
  if (extractType === 'full') {
    for (const table of DATA_FILES) steps.push({ file: `${table}.csv`, table, kind: 'insert' });
  } else {
    for (const table of DATA_FILES) {
      // Deletes first: an update names an entity in both files when its rows changed.
      if (entries.has(`${table}_delete.csv`))
        steps.push({ file: `${table}_delete.csv`, table, kind: 'delete' });
      if (entries.has(`${table}_insert.csv`))
        steps.push({ file: `${table}_insert.csv`, table, kind: 'insert' });
    }
  }
  return steps.filter((step) => entries.has(step.file));
}

async function readMeta(path: string): Promise<Record<string, string>> {
  const meta: Record<string, string> = {};
  let isHeader = true;
  for await (const record of entryRecords(path, 'meta.csv')) {
    if (isHeader) {
      isHeader = false;
      continue;
    }
    if (record[0]) meta[record[0]] = record[1] ?? '';
  }
  return meta;
}

/** The run of this file: the interrupted one resumed, else a new one (a full extract empties the tables). */
async function startRun(
  db: TDb,
  path: string,
  sha256: string,
  extractType: string,
  meta: Record<string, string>,
) {
  const previous = await repo.findResumableRun(db, sha256);
  const run =
    previous ??
    (await db.transaction(async (tx) => {
      const created = await repo.insertRun(tx, {
        fileName: basename(path),
        fileSha256: sha256,
        extractType,
        extractNumber: meta.ExtractNumber ?? null,
        snapshotDate: kboDateToIso(meta.SnapshotDate),
      });
      if (extractType === 'full') await repo.clearData(tx);
      return created;
    }));
  if (previous) await repo.updateRun(db, run.id, { status: 'running', error: null });
  return { run, previous };
}

/**
 * One file of the extract, in batches of `batchSize` rows: each batch commits with the run's position,
 * and a resumed run skips the rows committed before. Returns the run's imported-row count after the file.
 */
async function importStep(
  db: TDb,
  path: string,
  run: repo.TKboRun,
  step: TStep,
  rowsImportedBefore: number,
  options: TKboImportOptions & { batchSize: number },
): Promise<number> {
  const batchSize = options.batchSize;
  let rowsImported = rowsImportedBefore;
  const skip = run.currentFile === step.file ? run.rowsCommitted : 0;
  let header: string[] | null = null;
  let consumed = 0;
  let batch: Record<string, unknown>[] = [];
  let numbers: string[] = [];
  const flush = async () => {
    const rows = batch;
    const deleted = numbers;
    batch = [];
    numbers = [];
    await db.transaction(async (tx) => {
      if (step.kind === 'delete')
        await repo.deleteRows(tx, step.table as Exclude<repo.TKboTable, 'code'>, deleted);
      else await repo.insertRows(tx, step.table, rows);
      rowsImported += step.kind === 'delete' ? deleted.length : rows.length;
      await repo.updateRun(tx, run.id, { currentFile: step.file, rowsCommitted: consumed, rowsImported });
    });
    const progress = { file: step.file, rows: consumed, rowsImported };
    options.onProgress?.(progress);
    await options.afterBatch?.(progress);
  };
  for await (const record of entryRecords(path, step.file)) {
    if (!header) {
      header = record;
      continue;
    }
    consumed += 1;
    if (consumed <= skip) continue;
    if (step.kind === 'delete') {
      const number = record[0] ?? '';
      if (ENTERPRISE_NUMBER.test(number)) numbers.push(digits(number));
    } else {
      const named: Record<string, string> = {};
      header.forEach((name, i) => {
        named[name] = record[i] ?? '';
      });
      const row = toRow(step.table, named);
      if (row) batch.push(row);
    }
    if (consumed % batchSize === 0) await flush();
  }
  if (consumed > skip && consumed % batchSize !== 0) await flush();
  return rowsImported;
}

/**
 * Imports a KBO open-data extract ZIP (monthly full, or an update with `*_delete.csv` / `*_insert.csv`).
 * Rows are inserted in batches; each batch commits with the run's position, so running the same file
 * again after an interruption continues after the last committed batch. A new full extract empties the
 * KBO tables in the run's first transaction (lookups answer "not found" while it loads).
 */
export async function importKboExtract(
  db: TDb,
  path: string,
  options: TKboImportOptions = {},
): Promise<{ run: repo.TKboRun; isResumed: boolean }> {
  const batchSize = options.batchSize ?? 2000;
  const { sha256, entries } = await scanZip(path);
  if (!entries.has('meta.csv') || !entries.has('code.csv')) {
    throw new KboImportError('Not a KBO open-data extract: meta.csv or code.csv is missing');
  }
  const meta = await readMeta(path);
  const extractType = (meta.ExtractType ?? (entries.has('enterprise.csv') ? 'full' : 'update')).toLowerCase();
  if (extractType === 'full') {
    const missing = DATA_FILES.map((t) => `${t}.csv`).filter((file) => !entries.has(file));
    if (missing.length > 0) throw new KboImportError(`Full extract without ${missing.join(', ')}`);
  }

  const { run, previous } = await startRun(db, path, sha256, extractType, meta);

  const filesDone = [...run.filesDone];
  let rowsImported = run.rowsImported;
  try {
    for (const step of planOf(extractType, entries)) {
      if (filesDone.includes(step.file)) continue;
      rowsImported = await importStep(db, path, run, step, rowsImported, { ...options, batchSize });
      filesDone.push(step.file);
      await repo.updateRun(db, run.id, { filesDone, currentFile: null, rowsCommitted: 0 });
      run.currentFile = null;
    }
    const finishedAt = new Date();
    await repo.updateRun(db, run.id, { status: 'completed', finishedAt });
    return {
      run: { ...run, status: 'completed', filesDone, rowsImported, currentFile: null, finishedAt },
      isResumed: previous !== null,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await repo.updateRun(db, run.id, { status: 'failed', error: message.slice(0, 1000) });
    if (String((error as { code?: unknown }).code ?? '').startsWith('CSV_')) {
      throw new KboImportError(`Broken CSV in the extract: ${message}`);
    }
    throw error;
  }
}
