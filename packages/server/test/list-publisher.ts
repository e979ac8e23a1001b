import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

type TPublished = { body: Buffer; etag: string; lastModified: string; status?: number; truncateAt?: number };

/**
 * A list publisher on loopback: serves the files it is given with ETag and Last-Modified, answers 304
 * to a matching conditional GET, and counts the requests (full downloads and 304s apart).
 */
export class ListPublisher {
  private readonly files = new Map<string, TPublished>();
  private server: Server | undefined;
  readonly requests: { path: string; status: number }[] = [];

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const file = this.files.get(path);
      const answer = (status: number) => {
        this.requests.push({ path, status });
        response.statusCode = status;
      };
      if (!file) {
        answer(404);
        response.end();
        return;
      }
      if (file.status) {
        answer(file.status);
        response.end('unavailable');
        return;
      }
      if (
        request.headers['if-none-match'] === file.etag ||
        request.headers['if-modified-since'] === file.lastModified
      ) {
        answer(304);
        response.end();
        return;
      }
      answer(200);
      response.setHeader('etag', file.etag);
      response.setHeader('last-modified', file.lastModified);
      response.setHeader('content-length', String(file.body.length));
      if (file.truncateAt !== undefined) {
        // The connection drops in the middle of the file, as a failing mirror does.
        response.write(file.body.subarray(0, file.truncateAt));
        response.destroy();
        return;
      }
      response.end(file.body);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Publishes (or replaces) a file; a new content gets a new ETag, as a real server gives. */
  publish(path: string, body: string | Buffer, lastModified: Date, extra: Partial<TPublished> = {}): void {
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
    const etag = `"${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}"`;
    this.files.set(path, { body: bytes, etag, lastModified: lastModified.toUTCString(), ...extra });
  }

  downloads(path: string): number {
    return this.requests.filter((r) => r.path === path && r.status === 200).length;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
