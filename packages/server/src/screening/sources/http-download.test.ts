import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const seen: string[] = [];
let proxy: Server;
let proxyUrl: string;
const folder = mkdtempSync(join(tmpdir(), 'vigilo-download-'));

beforeAll(async () => {
  // A forward proxy on loopback: it receives the absolute address and answers for the publisher.
  proxy = createServer((request, response) => {
    seen.push(request.url ?? '');
    response.setHeader('etag', '"v1"');
    response.end('id;name\n1;Someone\n');
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

/** The module reads the proxy settings when loaded, as the server does at start. */
async function withProxy() {
  vi.stubEnv('HTTP_PROXY', proxyUrl);
  vi.stubEnv('NO_PROXY', '');
  vi.resetModules();
  const module = await import('./http-download.ts');
  vi.unstubAllEnvs();
  return module;
}

describe('list download', () => {
  it('goes through the proxy the operator configured', async () => {
    const { downloadToFile } = await withProxy();
    const file = join(folder, 'a.csv');
    const result = await downloadToFile(
      'http://lists.example.invalid/a.csv',
      file,
      {},
      {
        timeoutMs: 10_000,
        maxBytes: 1000,
      },
    );
    expect(seen).toEqual(['http://lists.example.invalid/a.csv']);
    expect(result).toMatchObject({ status: 'downloaded', etag: '"v1"' });
    expect(readFileSync(file, 'utf8')).toContain('Someone');
  });

  it('refuses a file over the size limit and leaves nothing behind', async () => {
    const { downloadToFile, DownloadError } = await withProxy();
    const file = join(folder, 'b.csv');
    await expect(
      downloadToFile('http://lists.example.invalid/b.csv', file, {}, { timeoutMs: 10_000, maxBytes: 5 }),
    ).rejects.toBeInstanceOf(DownloadError);
    expect(existsSync(file)).toBe(false);
  });
});
