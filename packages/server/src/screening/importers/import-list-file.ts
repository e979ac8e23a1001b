import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { ListEntry, ListFormat, ListVersionData } from '@vigilo/domain/screening/index.ts';
import { type UnzipFileInfo, unzipSync } from 'fflate';
import { detectListFormat } from './detect-list-format.ts';
import { ListImportError } from './list-import-error.ts';
import { parseBeCsv } from './parse-be-csv.ts';
import { parseEuXml } from './parse-eu-xml.ts';
import { parseFtmJsonl } from './parse-ftm-jsonl.ts';
import { parseOfacCsv } from './parse-ofac-csv.ts';
import { parseSenzingJsonl } from './parse-senzing-jsonl.ts';
import { parseUnXml } from './parse-un-xml.ts';
import { parseWatchlistCsv } from './parse-watchlist-csv.ts';
import type { ParsedList } from './parse-xml.ts';
import { decodeUtf8 } from './read-text.ts';

export interface ImportListOptions {
  /** Overrides the list name (`eu`, `un`, `ofac`, `be`, `watchlist`, OpenSanctions dataset). */
  source?: string;
  /** Overrides the list date when the file carries none (OFAC, watch list). */
  date?: string;
  /** The list date when the file carries none, before the file's own modification time (HTTP Last-Modified). */
  fallbackDate?: string;
  /** Reference date for two-digit years and undated lists; defaults to now. */
  today?: Date;
}

const DEFAULT_SOURCES: Readonly<Record<ListFormat, string>> = {
  'eu-fsf-xml': 'eu',
  'un-consolidated-xml': 'un',
  'ofac-sdn-csv': 'ofac',
  'be-national-csv': 'be',
  'opensanctions-ftm-jsonl': 'opensanctions',
  'senzing-jsonl': 'opensanctions',
  'watchlist-csv': 'watchlist',
};
const DETECTION_BYTES = 16 * 1024;

/**
 * Imports one list file (a path, or a stream of bytes): detects its format, parses it streaming, and
 * returns the list version (source, date, SHA-256 checksum, counts) with its entries. For the OFAC SDN
 * CSV given as a path (or as the folder holding it), `alt.csv` and `add.csv` beside it are read too.
 * A file that is unreadable, of unknown format, malformed anywhere or empty is refused whole with a
 * {@link ListImportError}.
 */
export async function importListFile(
  input: string | AsyncIterable<Uint8Array>,
  options: ImportListOptions = {},
): Promise<ListVersionData> {
  const today = options.today ?? new Date();
  const path = typeof input === 'string' ? await resolveListPath(input) : null;
  const hash = createHash('sha256');
  const bytes = await unzipIfZipped(
    await gunzipIfCompressed(typeof input === 'string' ? openFile(path ?? input) : input),
  );
  const { format, chunks } = await detect(bytes);
  const texts = decodeUtf8(hashing(chunks, hash), format !== 'be-national-csv');
  const parsed = await parseFormat(format, texts, path, hash, today);
  if (parsed.entries.length === 0) {
    throw new ListImportError('LIST_EMPTY', 'The list file holds no entries', { format });
  }
  return {
    source: options.source ?? parsed.source ?? DEFAULT_SOURCES[format],
    format,
    date:
      options.date ??
      parsed.date ??
      options.fallbackDate ??
      (path ? await modificationDate(path) : today.toISOString().slice(0, 10)),
    checksum: hash.digest('hex'),
    counts: countEntries(parsed.entries),
    entries: parsed.entries,
  };
}

async function parseFormat(
  format: ListFormat,
  texts: AsyncIterable<string>,
  path: string | null,
  hash: Hash,
  today: Date,
): Promise<ParsedList> {
  switch (format) {
    case 'eu-fsf-xml':
      return parseEuXml(texts);
    case 'un-consolidated-xml':
      return parseUnXml(texts);
    case 'ofac-sdn-csv': {
      const aliases = path ? await companion(path, 'alt.csv', hash) : undefined;
      const addresses = path ? await companion(path, 'add.csv', hash) : undefined;
      return parseOfacCsv(texts, { ...(aliases ? { aliases } : {}), ...(addresses ? { addresses } : {}) });
    }
    case 'be-national-csv':
      return parseBeCsv(texts, today);
    case 'opensanctions-ftm-jsonl':
      return parseFtmJsonl(texts);
    case 'senzing-jsonl':
      return parseSenzingJsonl(texts);
    case 'watchlist-csv':
      return parseWatchlistCsv(texts);
  }
}

/** Counts entries, names, persons and non-persons of a list version. */
export function countEntries(entries: readonly ListEntry[]): ListVersionData['counts'] {
  let names = 0;
  let persons = 0;
  for (const entry of entries) {
    names += entry.names.length;
    if (entry.kind === 'person') persons += 1;
  }
  return { entries: entries.length, names, persons, entities: entries.length - persons };
}

async function resolveListPath(path: string): Promise<string> {
  try {
    const info = await stat(path);
    if (!info.isDirectory()) return path;
    const plain = join(path, 'sdn.csv');
    return (await isFile(plain)) ? plain : `${plain}.gz`;
  } catch (error) {
    throw unreadable(path, error);
  }
}

async function* openFile(path: string): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of createReadStream(path)) yield chunk as Buffer;
  } catch (error) {
    throw unreadable(path, error);
  }
}

/** The OFAC companion file beside the SDN file, as text, if present (its bytes count in the checksum). */
async function companion(
  sdnPath: string,
  name: string,
  hash: Hash,
): Promise<AsyncIterable<string> | undefined> {
  if (basename(sdnPath).toLowerCase().replace(/\.gz$/, '') === name) return undefined;
  for (const path of [join(dirname(sdnPath), name), join(dirname(sdnPath), `${name}.gz`)]) {
    if (await isFile(path)) return decodeUtf8(hashing(await gunzipIfCompressed(openFile(path)), hash));
  }
  return undefined;
}

function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}

const GZIP_MAGIC = [0x1f, 0x8b] as const;

/**
 * Lists ship and travel gzip-compressed (the bundled snapshots, some publishers' downloads): a gzip
 * stream is recognised by its magic bytes and read decompressed, so the checksum is the list's own.
 */
async function gunzipIfCompressed(input: AsyncIterable<Uint8Array>): Promise<AsyncIterable<Uint8Array>> {
  const { head, chunks } = await peek(input, GZIP_MAGIC.length);
  if (head[0] !== GZIP_MAGIC[0] || head[1] !== GZIP_MAGIC[1]) return chunks;
  const gunzip = Readable.from(chunks).pipe(createGunzip());
  return (async function* () {
    let inflated = 0;
    try {
      for await (const chunk of gunzip) {
        inflated += (chunk as Buffer).length;
        if (inflated > MAX_INFLATED_BYTES) throw tooLargeInflated();
        yield chunk as Buffer;
      }
    } catch (error) {
      if (error instanceof ListImportError) throw error;
      throw new ListImportError('LIST_UNREADABLE', 'The compressed list file is damaged', {
        cause: error instanceof Error ? error.message : String(error),
      });
    }
  })();
}

/** A compressed list never inflates beyond this: a larger result is taken for a decompression bomb. */
const MAX_INFLATED_BYTES = 512 * 1024 * 1024;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;
const LIST_FILE_IN_ZIP = /\.(xml|csv|json|jsonl)$/i;

/**
 * FPS Finance publishes the consolidated EU + Belgian list as a ZIP holding one FSF XML 1.1 file: a ZIP
 * archive is recognised by its magic bytes and its one list file read. The archive is bounded by the
 * download (or upload) size limit, so it is read whole; its declared inflated size is checked first.
 */
async function unzipIfZipped(input: AsyncIterable<Uint8Array>): Promise<AsyncIterable<Uint8Array>> {
  const { head, chunks } = await peek(input, ZIP_MAGIC.length);
  if (!ZIP_MAGIC.every((byte, index) => head[index] === byte)) return chunks;
  const archive: Uint8Array[] = [];
  for await (const chunk of chunks) archive.push(chunk);
  const candidates: UnzipFileInfo[] = [];
  let files: Record<string, Uint8Array>;
  try {
    unzipSync(Buffer.concat(archive), {
      filter: (file) => {
        if (LIST_FILE_IN_ZIP.test(file.name) && !file.name.startsWith('__MACOSX/')) candidates.push(file);
        return false;
      },
    });
    if (candidates.length !== 1)
      throw new ListImportError('LIST_FORMAT_UNKNOWN', 'The ZIP archive must hold exactly one list file', {
        files: candidates.map((file) => file.name).join(', '),
      });
    const [only] = candidates as [UnzipFileInfo];
    if (only.originalSize > MAX_INFLATED_BYTES) throw tooLargeInflated();
    files = unzipSync(Buffer.concat(archive), { filter: (file) => file.name === only.name });
  } catch (error) {
    if (error instanceof ListImportError) throw error;
    throw new ListImportError('LIST_UNREADABLE', 'The ZIP archive is damaged', {
      cause: error instanceof Error ? error.message : String(error),
    });
  }
  const content = Object.values(files)[0] ?? new Uint8Array();
  return (async function* () {
    yield content;
  })();
}

function tooLargeInflated(): ListImportError {
  return new ListImportError('LIST_UNREADABLE', 'The compressed list file inflates beyond the size limit', {
    limitBytes: String(MAX_INFLATED_BYTES),
  });
}

/** Reads enough of the input to recognise its format, then replays it from the start. */
async function detect(
  input: AsyncIterable<Uint8Array>,
): Promise<{ format: ListFormat; chunks: AsyncIterable<Uint8Array> }> {
  const { head, chunks } = await peek(input, DETECTION_BYTES);
  const format = detectListFormat(head.subarray(0, DETECTION_BYTES));
  if (!format) throw new ListImportError('LIST_FORMAT_UNKNOWN', 'The file is not a supported list format');
  return { format, chunks };
}

/** The first `bytes` bytes of a stream (fewer if it is shorter), and the whole stream replayed from its start. */
async function peek(
  input: AsyncIterable<Uint8Array>,
  bytes: number,
): Promise<{ head: Buffer; chunks: AsyncIterable<Uint8Array> }> {
  const iterator = input[Symbol.asyncIterator]();
  const read: Uint8Array[] = [];
  let size = 0;
  let isDone = false;
  while (size < bytes) {
    const next = await iterator.next();
    if (next.done) {
      isDone = true;
      break;
    }
    read.push(next.value);
    size += next.value.length;
  }
  async function* replay(): AsyncGenerator<Uint8Array> {
    yield* read;
    if (isDone) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head: Buffer.concat(read), chunks: replay() };
}

async function* hashing(chunks: AsyncIterable<Uint8Array>, hash: Hash): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    hash.update(chunk);
    yield chunk;
  }
}

async function modificationDate(path: string): Promise<string> {
  return (await stat(path)).mtime.toISOString().slice(0, 10);
}

function unreadable(path: string, error: unknown): ListImportError {
  return new ListImportError('LIST_UNREADABLE', `Cannot read ${path}`, {
    cause: error instanceof Error ? error.message : String(error),
  });
}
