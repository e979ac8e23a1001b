import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export type TDownloadResult =
  | { status: 'not_modified' }
  | { status: 'downloaded'; etag: string | null; lastModified: string | null; bytes: number };

export type TDownloadLimits = { timeoutMs: number; maxBytes: number };

export class DownloadError extends Error {}

// Node's own proxy support: HTTPS_PROXY / HTTP_PROXY / NO_PROXY are honoured as the operator sets them.
const agents = {
  'http:': new http.Agent({ proxyEnv: process.env }),
  'https:': new https.Agent({ proxyEnv: process.env }),
};
const maxRedirects = 5;

/**
 * Downloads a URL to a file with a conditional GET (If-None-Match / If-Modified-Since), within a size and
 * a time limit; a partial file is deleted, never left behind to be imported.
 */
export async function downloadToFile(
  url: string,
  file: string,
  conditions: { etag?: string | null; lastModified?: string | null },
  limits: TDownloadLimits,
): Promise<TDownloadResult> {
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  try {
    const response = await follow(url, conditions, deadline);
    if (response.statusCode === 304) {
      response.resume();
      return { status: 'not_modified' };
    }
    if (response.statusCode !== 200) {
      response.resume();
      throw new DownloadError(`HTTP ${response.statusCode} from ${url}`);
    }
    const declared = Number(response.headers['content-length'] ?? Number.NaN);
    if (declared > limits.maxBytes) {
      response.resume();
      throw new DownloadError(`file of ${declared} bytes exceeds the limit of ${limits.maxBytes}`);
    }
    let bytes = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        bytes += chunk.length;
        if (bytes > limits.maxBytes)
          callback(new DownloadError(`file exceeds the limit of ${limits.maxBytes} bytes`));
        else callback(null, chunk);
      },
    });
    await pipeline(response, limit, createWriteStream(file), { signal: deadline });
    // A connection cut before the announced length is a truncated file, whatever the parser thinks.
    if (Number.isFinite(declared) && bytes !== declared)
      throw new DownloadError(`truncated download: ${bytes} of ${declared} bytes`);
    return {
      status: 'downloaded',
      etag: headerOf(response, 'etag'),
      lastModified: headerOf(response, 'last-modified'),
      bytes,
    };
  } catch (error) {
    await rm(file, { force: true });
    if (deadline.aborted)
      throw new DownloadError(`no complete answer from ${url} within ${limits.timeoutMs} ms`);
    if (error instanceof DownloadError) throw error;
    throw new DownloadError(`${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function follow(
  url: string,
  conditions: { etag?: string | null; lastModified?: string | null },
  signal: AbortSignal,
): Promise<IncomingMessage> {
  let current = new URL(url);
  for (let hop = 0; hop <= maxRedirects; hop += 1) {
    const response = await get(current, conditions, signal);
    const location = response.headers.location;
    if (!response.statusCode || response.statusCode < 300 || response.statusCode >= 400 || !location)
      return response;
    if (response.statusCode === 304) return response;
    response.resume();
    current = new URL(location, current);
  }
  throw new DownloadError(`more than ${maxRedirects} redirects from ${url}`);
}

function get(
  url: URL,
  conditions: { etag?: string | null; lastModified?: string | null },
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const protocol = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : null;
  if (!protocol) return Promise.reject(new DownloadError(`unsupported address ${url.href}`));
  return new Promise((resolve, reject) => {
    const request = protocol.get(
      url,
      {
        agent: agents[url.protocol as 'http:' | 'https:'],
        signal,
        headers: {
          'user-agent': 'Vigilo list updater',
          ...(conditions.etag ? { 'if-none-match': conditions.etag } : {}),
          ...(conditions.lastModified ? { 'if-modified-since': conditions.lastModified } : {}),
        },
      },
      resolve,
    );
    request.on('error', reject);
  });
}

function headerOf(response: IncomingMessage, name: string): string | null {
  const value = response.headers[name];
  return typeof value === 'string' && value !== '' ? value : null;
}
