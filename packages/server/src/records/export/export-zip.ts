import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/**
 * Writes a ZIP file entry by entry, so that documents are read one at a time and never all held in
 * memory. Already-compressed content (PDF, DOCX) is stored as is; text is deflated.
 */
export class ZipFileWriter {
  private readonly out;
  private readonly zip: Zip;
  private failure: Error | null = null;
  private readonly done: Promise<void>;

  constructor(path: string) {
    this.out = createWriteStream(path, { mode: 0o600 });
    this.done = new Promise((resolve, reject) => {
      this.out.on('finish', resolve);
      this.out.on('error', reject);
    });
    this.zip = new Zip((error, chunk, final) => {
      if (error) this.failure = error;
      else this.out.write(chunk);
      if (final || error) this.out.end();
    });
  }

  async add(name: string, content: Buffer | string, compress = true): Promise<void> {
    if (this.failure) throw this.failure;
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const entry = compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    this.zip.add(entry);
    entry.push(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), true);
    if (this.out.writableNeedDrain) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    this.zip.end();
    await this.done;
    if (this.failure) throw this.failure;
  }
}
