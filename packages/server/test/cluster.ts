import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * Several `vigilo serve` processes on one PostgreSQL database behind nginx on loopback, as an operator
 * runs them: the real CLI, a round-robin upstream, nothing shared but the database.
 */
const vigiloBin = new URL('../bin/vigilo.mjs', import.meta.url).pathname;
export const clusterSecret = 'cluster-secret-cluster-secret-cluster-0123456789';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A fresh database on the PostgreSQL server (TEST_DATABASE_URL, else the local one), dropped by `drop`. */
export async function createClusterDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `vigilo_cluster_${randomBytes(5).toString('hex')}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}

export type TInstance = { port: number; url: string; child: ChildProcess; log: () => string };

/** Starts `vigilo serve` and waits for /api/health. */
export async function startInstance(databaseUrl: string, publicUrl: string): Promise<TInstance> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'vigilo-instance-'));
  const logFile = join(dataDir, 'server.log');
  const fd = openSync(logFile, 'a');
  const child = spawn(process.execPath, [vigiloBin, 'serve'], {
    stdio: ['ignore', fd, fd],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      SESSION_SECRET: clusterSecret,
      PUBLIC_URL: publicUrl,
      TRUST_PROXY: 'true',
      PAYMENT_PROVIDER: 'test',
      LOG_LEVEL: 'warn',
      // Not about lists: no fetch from the (unreachable) publishers, no 20-second snapshot load per instance.
      LISTS_AUTO_UPDATE: 'false',
      LISTS_BOOTSTRAP: 'false',
    },
  });
  closeSync(fd);
  const output = () => readFileSync(logFile, 'utf8');
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vigilo serve exited ${child.exitCode}: ${output()}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() - started > 90_000) throw new Error(`vigilo serve not healthy: ${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { port, url, child, log: output };
}

/** Fails (never skips) when nginx is missing: .ci/run installs it with apt-get. */
export function nginxBinary(): string {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx']) {
    try {
      execFileSync(candidate, ['-v'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // next
    }
  }
  throw new Error('nginx is not installed (apt-get install nginx-light): the multi-instance test needs it');
}

/** nginx in the foreground with its own prefix directory: round robin over the instances. */
export async function startNginx(
  upstreams: number[],
): Promise<{ url: string; child: ChildProcess; errors: () => string }> {
  const binary = nginxBinary();
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'vigilo-nginx-'));
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'logs']) mkdirSync(join(dir, sub));
  chmodSync(dir, 0o777);
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) chmodSync(join(dir, sub), 0o777);
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream vigilo {
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n')}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 25m;
    location / {
      proxy_pass http://vigilo;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
    }
  }
}
`,
  );
  const child = spawn(binary, ['-p', dir, '-e', `${dir}/logs/error.log`, '-c', conf], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`nginx exited ${child.exitCode}: ${readFileSync(`${dir}/logs/error.log`, 'utf8')}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() - started > 15_000) throw new Error('nginx did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url, child, errors: () => readFileSync(`${dir}/logs/error.log`, 'utf8') };
}

export async function stopProcess(child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM') {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill(signal);
  await exited;
}

/**
 * A browser-like HTTP client (session cookie, CSRF token) that retries a request whose connection failed or
 * that the proxy answered 502/503/504 — what a client does while an instance goes away.
 */
export class RetryingClient {
  cookie = '';
  csrfToken = '';
  retries = 0;

  constructor(readonly baseUrl: string) {}

  async request(method: string, path: string, body?: unknown, baseUrl = this.baseUrl) {
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetch(`${baseUrl}${path}`, {
          method,
          headers: {
            ...(this.cookie ? { cookie: this.cookie } : {}),
            ...(this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}),
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        if ([502, 503, 504].includes(response.status) && attempt < 30) {
          this.retries += 1;
          await new Promise((r) => setTimeout(r, 100));
          continue;
        }
        const cookie = response.headers.getSetCookie().find((c) => c.startsWith('vigilo_session='));
        if (cookie) this.cookie = cookie.split(';')[0]!;
        const text = await response.text();
        const json = text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
        if (json && typeof json === 'object' && 'csrfToken' in json && json.csrfToken)
          this.csrfToken = json.csrfToken;
        return { status: response.status, body: json };
      } catch (error) {
        if (attempt >= 30) throw error;
        this.retries += 1;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  async signIn(login: string, password: string) {
    const res = await this.request('POST', '/api/auth/login', { login, password });
    if (res.status !== 200) throw new Error(`login ${login}: ${res.status} ${JSON.stringify(res.body)}`);
    const mine = await this.request('GET', '/api/organisations');
    const organisationId = mine.body.memberships[0]?.organisation.id as string | undefined;
    if (organisationId) await this.request('PUT', '/api/session/active-organisation', { organisationId });
    return organisationId;
  }
}
