import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/** Every setting Vigilo reads from the environment; README "Configuration" lists the same. */
const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Vigilo <no-reply@vigilo.local>'),
  SESSION_SECRET: z.string().min(32).optional(),
  PUBLIC_URL: z.string().optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(60),
  SESSION_MAX_HOURS: z.coerce.number().int().positive().default(12),
  LOG_LEVEL: z.string().default('info'),
  DOCUMENT_STORAGE: z.enum(['database', 'local']).default('database'),
  MAX_UPLOAD_MB: z.coerce.number().positive().max(1024).default(20),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export type TConfig = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionSecret: string;
  publicUrl: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  logLevel: string;
  trustProxy: boolean;
  documentStorage: 'database' | 'local';
  maxUploadMb: number;
  webDistDir: string | undefined;
};

/** Reads the environment; generates and keeps a session secret in DATA_DIR when none is given. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): TConfig {
  const parsed = ZEnv.parse(env);
  const dataDir = resolve(parsed.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    dataDir,
    databaseUrl: parsed.DATABASE_URL,
    smtpUrl: parsed.SMTP_URL,
    mailFrom: parsed.MAIL_FROM,
    sessionSecret: parsed.SESSION_SECRET ?? readOrCreateSecret(dataDir),
    publicUrl: parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}`,
    sessionIdleMinutes: parsed.SESSION_IDLE_MINUTES,
    sessionMaxHours: parsed.SESSION_MAX_HOURS,
    logLevel: parsed.LOG_LEVEL,
    trustProxy: parsed.TRUST_PROXY,
    documentStorage: parsed.DOCUMENT_STORAGE,
    maxUploadMb: parsed.MAX_UPLOAD_MB,
    webDistDir: resolve(new URL('../../web/dist', import.meta.url).pathname),
  };
}

function readOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
