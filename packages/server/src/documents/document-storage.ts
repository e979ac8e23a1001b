import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { TConfig } from '../config.ts';
import type { TDbOrTx } from '../db/client.ts';
import { documentBlobs } from './documents.schema.ts';

export const documentStorageKinds = ['database', 'local'] as const;
export type TDocumentStorageKind = (typeof documentStorageKinds)[number];

/**
 * Where document bytes live. Features only see this interface, so another store (an S3-compatible
 * bucket) is one more implementation here. Keys are `<organisation id>/<document id>`.
 */
export type TDocumentStorage = {
  readonly kind: TDocumentStorageKind;
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
};

const keyPattern = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

function assertKey(key: string): void {
  // Keys become file paths in the local store: only the shape we generate is accepted.
  if (!keyPattern.test(key)) throw new Error(`invalid document storage key: ${key}`);
}

export function documentKey(organisationId: string, documentId: string): string {
  return `${organisationId}/${documentId}`;
}

/**
 * The bytes in the `document_blobs` table, written with the caller's transaction so that a document row
 * and its content commit (or roll back) together.
 */
export function databaseStorage(db: TDbOrTx): TDocumentStorage {
  return {
    kind: 'database',
    async put(key, bytes) {
      assertKey(key);
      await db.insert(documentBlobs).values({ key, content: bytes });
    },
    async get(key) {
      assertKey(key);
      const [row] = await db.select().from(documentBlobs).where(eq(documentBlobs.key, key));
      return row ? Buffer.from(row.content) : null;
    },
    async delete(key) {
      assertKey(key);
      await db.delete(documentBlobs).where(eq(documentBlobs.key, key));
    },
  };
}

/**
 * The bytes as files under `DATA_DIR/documents/<organisation>/<document>`. Written to a temporary name
 * then renamed, so a crash never leaves half a file under a document's key.
 */
export function localStorage(dataDir: string): TDocumentStorage {
  const root = join(dataDir, 'documents');
  const pathOf = (key: string) => {
    assertKey(key);
    return join(root, key);
  };
  return {
    kind: 'local',
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
      await writeFile(temporary, bytes, { flag: 'wx', mode: 0o600 });
      await rename(temporary, path);
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}

/**
 * The store of a given kind. Each document row records the kind it was written to, so changing
 * DOCUMENT_STORAGE applies to new documents and older ones stay readable.
 */
export function documentStorage(kind: TDocumentStorageKind, config: TConfig, db: TDbOrTx): TDocumentStorage {
  return kind === 'local' ? localStorage(config.dataDir) : databaseStorage(db);
}
