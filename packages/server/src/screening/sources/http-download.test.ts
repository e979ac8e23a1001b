import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const seen: string[] = [];
const tunnels: string[] = [];
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
  // An HTTPS address goes through a CONNECT tunnel: the proxy records the host asked for and refuses it.
  proxy.on('connect', (request, socket) => {
    tunnels.push(request.url ?? '');
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

/** The module reads the proxy settings when loaded, as the server does at start. */
async function withProxy(variable: 'HTTP_PROXY' | 'HTTPS_PROXY' = 'HTTP_PROXY') {
  vi.stubEnv(variable, proxyUrl);
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

  it('sends an HTTPS download through HTTPS_PROXY, as the official list addresses are', async () => {
    const { downloadToFile } = await withProxy('HTTPS_PROXY');
    await expect(
      downloadToFile(
        'https://lists.example.invalid/sdn.csv',
        join(folder, 'c.csv'),
        {},
        { timeoutMs: 10_000, maxBytes: 1000 },
      ),
    ).rejects.toThrow();
    expect(tunnels).toEqual(['lists.example.invalid:443']);
    expect(existsSync(join(folder, 'c.csv'))).toBe(false);
  });

  it('gives up on a publisher that does not answer within the time limit, leaving nothing behind', async () => {
    const { downloadToFile, DownloadError } = await import('./http-download.ts');
    const silent = createServer(() => {
      // Accepts the request and never answers, as a hung mirror does.
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/slow.csv`;
    try {
      await expect(
        downloadToFile(url, join(folder, 'd.csv'), {}, { timeoutMs: 300, maxBytes: 1000 }),
      ).rejects.toBeInstanceOf(DownloadError);
      expect(existsSync(join(folder, 'd.csv'))).toBe(false);
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
