import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../cluster.ts';

// The production path: `npm run build` output run by plain Node.js 24, as `npm start` runs it.
const vigiloBin = new URL('../../bin/vigilo.mjs', import.meta.url).pathname;
const bundle = new URL('../../dist/server/vigilo.mjs', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'vigilo-runtime-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the runtime', () => {
  it('is Node.js 24', () => {
    expect(process.version).toMatch(/^v24\./);
  });

  it('serves from the compiled bundle with plain node, no TypeScript loader', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [vigiloBin, 'serve'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '' },
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      await waitForHealth(`http://127.0.0.1:${port}/api/health`);
      const commandLine = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').split('\0').join(' ');
      expect(commandLine).toContain('vigilo.mjs serve');
      expect(commandLine).not.toMatch(/tsx|--import|--loader|--experimental-strip-types/);
      const loaded = readFileSync(`/proc/${child.pid}/maps`, 'utf8');
      expect(loaded).not.toContain('/tsx/');
    } finally {
      child.kill('SIGTERM');
    }
    // SIGTERM stops it by itself, cleanly, before its data directory is removed: a server left running
    // (its job queue drained first, then its files deleted under it) outlived a CI run.
    expect(await exited).toBe(0);
    const code = readFileSync(bundle, 'utf8');
    expect(code).not.toMatch(/from ["']tsx/);
    expect(code).toContain('//# sourceMappingURL=vigilo.mjs.map');
  });

  it('ships a source map that leads stack traces back to the TypeScript sources', () => {
    const map = JSON.parse(readFileSync(`${bundle}.map`, 'utf8')) as { sources: string[] };
    expect(map.sources).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\.\.\/\.\.\/src\/cli\/main\.ts$/)]),
    );
    expect(map.sources).toEqual(expect.arrayContaining([expect.stringMatching(/domain\/src\/.+\.ts$/)]));
  });
});

async function waitForHealth(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no answer from ${url}`);
}
