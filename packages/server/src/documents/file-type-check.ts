import type { TDocumentKind } from '@vigilo/domain/contracts/documents.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { Inflate } from 'fflate';
import { fileTypeFromBuffer } from 'file-type';

export const mimeTypeOf: Record<TDocumentKind, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export type TCheckedFile = { kind: TDocumentKind; mimeType: string; filename: string };

const pdfMagic = Buffer.from('%PDF-', 'latin1');
const oleMagic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Every Word 97–2003 file holds a stream named "WordDocument"; directory names are UTF-16LE. */
const wordStreamName = Buffer.from('WordDocument', 'utf16le');

/**
 * Decides what a file really is from its bytes: PDF, Word 97–2003 (OLE2 compound file with a
 * WordDocument stream) or Word 2007+ (ZIP with `word/document.xml` and `[Content_Types].xml`, no macros).
 * Anything else — an image, an executable, a spreadsheet, a macro-enabled document — is null.
 */
export async function detectDocumentKind(bytes: Buffer): Promise<TDocumentKind | null> {
  if (startsWith(bytes, pdfMagic)) return 'pdf';
  if (startsWith(bytes, oleMagic)) return bytes.includes(wordStreamName) ? 'doc' : null;
  if (!startsWith(bytes, zipMagic)) return null;
  if (isZipBomb(bytes) || (await inflatesBeyondDeclared(bytes)))
    throw new AppError('document_archive_too_large', { field: 'file' });
  const entries = zipEntryNames(bytes);
  // Macros have no place in evidence (Word itself refuses a .docx that carries them).
  if (entries?.has('word/vbaProject.bin')) return null;
  // The library reads [Content_Types].xml and is trusted when it names a type (docm, xlsx, odt, jar… are
  // refused); our central-directory walk decides when it can only say "zip".
  const detected = await fileTypeFromBuffer(bytes).catch(() => undefined);
  if (detected?.ext === 'docx') return 'docx';
  if (detected && detected.ext !== 'zip') return null;
  return entries?.has('word/document.xml') && entries.has('[Content_Types].xml') ? 'docx' : null;
}

/**
 * The whole acceptance rule for a supporting document: not empty, not above the size limit, a PDF, DOC or
 * DOCX by content, and a file name whose extension (if any) agrees with the content. Throws coded errors;
 * returns the kind, its MIME type and a clean file name (the right extension added when there was none).
 */
export async function checkDocumentFile(input: {
  filename: string;
  bytes: Buffer;
  maxBytes: number;
}): Promise<TCheckedFile> {
  const { bytes, maxBytes } = input;
  if (bytes.length === 0) throw new AppError('document_empty', { field: 'file' });
  if (bytes.length > maxBytes) throw new AppError('document_too_large', { field: 'file' });
  const kind = await detectDocumentKind(bytes);
  if (!kind) throw new AppError('document_type_not_allowed', { field: 'file' });
  const filename = cleanFilename(input.filename);
  const extension = extensionOf(filename);
  if (extension !== null && extension !== kind)
    throw new AppError('document_type_not_allowed', { field: 'file' });
  return {
    kind,
    mimeType: mimeTypeOf[kind],
    filename: extension === null ? `${filename}.${kind}` : filename,
  };
}

/** The last path segment, without control characters, at most 200 characters; never empty. */
export function cleanFilename(raw: string): string {
  const base = raw.split(/[\\/]/).at(-1) ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  const name = cleaned.replace(/^\.+/, '') || 'document';
  if (name.length <= 200) return name;
  const extension = extensionOf(name);
  return extension ? `${name.slice(0, 199 - extension.length)}.${extension}` : name.slice(0, 200);
}

function extensionOf(filename: string): string | null {
  const dot = filename.lastIndexOf('.');
  return dot > 0 ? filename.slice(dot + 1).toLowerCase() : null;
}

function startsWith(bytes: Buffer, magic: Buffer): boolean {
  return bytes.length >= magic.length && bytes.subarray(0, magic.length).equals(magic);
}

/**
 * Names of the entries of a ZIP archive, read from its central directory (the authoritative list, unlike
 * local headers that can be forged or repeated). Null when the archive is malformed or ZIP64.
 */
export function zipEntryNames(bytes: Buffer): Set<string> | null {
  const entries = zipEntries(bytes);
  return entries ? new Set(entries.keys()) : null;
}

type TZipEntrySize = { compressed: number; uncompressed: number; method: number; localOffset: number };

/** The entries of a ZIP archive with their declared sizes, from the central directory. */
function zipEntries(bytes: Buffer): Map<string, TZipEntrySize> | null {
  const end = findEndOfCentralDirectory(bytes);
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  let offset = bytes.readUInt32LE(end + 16);
  if (offset === 0xffffffff || offset + size > end) return null;
  const entries = new Map<string, TZipEntrySize>();
  for (let i = 0; i < count; i++) {
    if (offset + 46 > end || bytes.readUInt32LE(offset) !== 0x02014b50) return null;
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    entries.set(bytes.toString('utf8', offset + 46, offset + 46 + nameLength), {
      compressed: bytes.readUInt32LE(offset + 20),
      uncompressed: bytes.readUInt32LE(offset + 24),
      method: bytes.readUInt16LE(offset + 10),
      localOffset: bytes.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * A real Word document inflates to a few times its size, and to tens of megabytes at most; a zip bomb
 * declares gigabytes, or a ratio of thousands. Checked before anything inflates an entry.
 */
const maxUncompressedBytes = 200 * 1024 * 1024;
const maxCompressionRatio = 200;

export function isZipBomb(bytes: Buffer): boolean {
  const entries = zipEntries(bytes);
  if (!entries) return false;
  let total = 0;
  for (const { compressed, uncompressed } of entries.values()) {
    total += uncompressed;
    // Small parts (styles, settings) may compress very well; only a large part's ratio means anything.
    const isLarge = uncompressed > 1024 * 1024;
    if (uncompressed === 0xffffffff || (isLarge && uncompressed > compressed * maxCompressionRatio))
      return true;
  }
  return total > maxUncompressedBytes;
}

/** Compressed bytes handed to the inflater at a time: at most ~1 MB of output each (deflate's ratio). */
const inflateChunkBytes = 1024;

/**
 * The sizes checked by `isZipBomb` are what the archive declares; a crafted header can lie. This inflates
 * each deflated entry as a stream, counting the real bytes, and stops as soon as an entry yields more than
 * it declared or the whole archive more than the limit: the work is bounded by the declared sizes, which
 * are checked. It yields to the event loop between chunks, so a large document stalls no other request.
 */
export async function inflatesBeyondDeclared(bytes: Buffer): Promise<boolean> {
  const entries = zipEntries(bytes);
  if (!entries) return false;
  let total = 0;
  for (const entry of entries.values()) {
    if (entry.method !== 8) continue; // stored entries are their declared size; others are not Word's
    const start = localDataStart(bytes, entry.localOffset);
    if (start < 0 || start + entry.compressed > bytes.length) continue;
    let inflated = 0;
    let broken = false;
    const inflater = new Inflate((chunk) => {
      inflated += chunk.length;
    });
    const data = bytes.subarray(start, start + entry.compressed);
    for (let at = 0; at < data.length && !broken; at += inflateChunkBytes) {
      try {
        inflater.push(data.subarray(at, at + inflateChunkBytes), at + inflateChunkBytes >= data.length);
      } catch {
        broken = true; // not a valid deflate stream: nothing more comes out of it
      }
      if (inflated > entry.uncompressed || total + inflated > maxUncompressedBytes) return true;
      if ((at / inflateChunkBytes) % 64 === 63) await new Promise((resolve) => setImmediate(resolve));
    }
    total += inflated;
  }
  return false;
}

/** Where an entry's data begins: after its local header, whose name and extra field may differ in length. */
function localDataStart(bytes: Buffer, offset: number): number {
  if (offset + 30 > bytes.length || bytes.readUInt32LE(offset) !== 0x04034b50) return -1;
  return offset + 30 + bytes.readUInt16LE(offset + 26) + bytes.readUInt16LE(offset + 28);
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end of the archive.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) return i;
  }
  return -1;
}
