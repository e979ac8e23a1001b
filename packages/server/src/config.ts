import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { officialListSources, type TListSourceId } from './screening/sources/official-sources.ts';

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
  PAYMENT_PROVIDER: z.enum(['test', 'mollie']).default('test'),
  MOLLIE_API_KEY: z.string().min(1).optional(),
  MOLLIE_API_URL: z.url().default('https://api.mollie.com/v2'),
  OPERATOR_NAME: z.string().min(1).default('Vigilo'),
  OPERATOR_IBAN: z.string().min(1).default('BE68 5390 0754 7034'),
  OPERATOR_BIC: z.string().default(''),
  OPERATOR_VAT_NUMBER: z.string().default('BE0000000097'),
  OPERATOR_ENTERPRISE_NUMBER: z.string().default('0000000097'),
  OPERATOR_STREET: z.string().default(''),
  OPERATOR_POSTAL_CODE: z.string().default(''),
  OPERATOR_CITY: z.string().default('Bruxelles'),
  OPERATOR_COUNTRY: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .default('BE'),
  OPERATOR_EMAIL: z.string().optional(),
  INVOICE_CADENCE: z.enum(['monthly', 'quarterly']).default('monthly'),
  PEPPOL_ACCESS_POINT_URL: z.url().optional(),
  PEPPOL_ACCESS_POINT_KEY: z.string().min(1).optional(),
  DOCUMENT_STORAGE: z.enum(['database', 'local']).default('database'),
  MAX_UPLOAD_MB: z.coerce.number().positive().max(1024).default(20),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_SCOPES: z.string().default('openid profile'),
  OIDC_NATIONAL_NUMBER_CLAIM: z.string().min(1).default('national_number'),
  OIDC_REDIRECT_URL: z.url().optional(),
  // Law of 18 September 2017 art. 60: at least ten years after the end of the relationship; never less.
  RETENTION_YEARS: z.coerce.number().int().min(10).max(100).default(10),
  RETENTION_INACTIVITY_MONTHS: z.coerce.number().int().min(1).max(240).default(24),
  // Living reference data (issue 15): scheduled list fetching, freshness thresholds, first-start snapshots.
  LISTS_AUTO_UPDATE: zBoolean(true),
  LISTS_BOOTSTRAP: zBoolean(true),
  LISTS_CHECK_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  LISTS_FETCH_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(300),
  LISTS_FETCH_MAX_MB: z.coerce.number().positive().max(4096).default(300),
  LISTS_STALE_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  LISTS_FAILURE_ALERT_HOURS: z.coerce.number().positive().max(720).default(6),
});

function zBoolean(fallback: boolean) {
  return z
    .enum(['true', 'false'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true');
}

export type TListSourceConfig = { id: TListSourceId; label: string; url: string; enabled: boolean };

export type TListsConfig = {
  /** Off: nothing is fetched (air-gapped); lists come from the CLI or the admin page only. */
  autoUpdate: boolean;
  /** Load the bundled snapshots when the database holds no official list yet. */
  bootstrap: boolean;
  checkMinutes: number;
  fetchTimeoutMs: number;
  fetchMaxBytes: number;
  staleDays: number;
  failureAlertHours: number;
  sources: TListSourceConfig[];
};

/** The eID identity provider (an OpenID Connect provider: the federal authentication service, itsme…). */
export type TOidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  nationalNumberClaim: string;
  redirectUrl: string;
};

export type TInvoicingConfig = {
  cadence: 'monthly' | 'quarterly';
  operator: {
    vatNumber: string;
    enterpriseNumber: string;
    street: string;
    postalCode: string;
    city: string;
    country: string;
    email: string | null;
  };
  /** null: no access point; invoices are e-mailed and marked "to send". */
  peppolAccessPoint: { url: string; key: string } | null;
};

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
  /** Wallet top-ups (M9): the online payment provider and the operator's account for bank transfers. */
  payments: {
    provider: 'test' | 'mollie';
    mollieApiKey: string | undefined;
    mollieApiUrl: string;
    operatorName: string;
    operatorIban: string;
    operatorBic: string;
  };
  trustProxy: boolean;
  documentStorage: 'database' | 'local';
  maxUploadMb: number;
  webDistDir: string | undefined;
  /** null when no OIDC_ISSUER is set: eID sign-in and linking are then off. */
  oidc: TOidcConfig | null;
  /** Periodic invoices (issue 24): the operator as invoice supplier, the cadence, the Peppol access point. */
  invoicing: TInvoicingConfig;
  /** Retention clock (M10): years kept after the relationship ends; inactivity before an end is proposed. */
  retention: { years: number; inactivityMonths: number };
  lists: TListsConfig;
};

/** Reads the environment; generates and keeps a session secret in DATA_DIR when none is given. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): TConfig {
  const parsed = ZEnv.parse(env);
  const dataDir = resolve(parsed.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const publicUrl = parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}`;
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    dataDir,
    databaseUrl: parsed.DATABASE_URL,
    smtpUrl: parsed.SMTP_URL,
    mailFrom: parsed.MAIL_FROM,
    sessionSecret: parsed.SESSION_SECRET ?? readOrCreateSecret(dataDir),
    publicUrl,
    sessionIdleMinutes: parsed.SESSION_IDLE_MINUTES,
    sessionMaxHours: parsed.SESSION_MAX_HOURS,
    logLevel: parsed.LOG_LEVEL,
    payments: {
      provider: parsed.PAYMENT_PROVIDER,
      mollieApiKey: parsed.MOLLIE_API_KEY,
      mollieApiUrl: parsed.MOLLIE_API_URL,
      operatorName: parsed.OPERATOR_NAME,
      operatorIban: parsed.OPERATOR_IBAN,
      operatorBic: parsed.OPERATOR_BIC,
    },
    trustProxy: parsed.TRUST_PROXY,
    documentStorage: parsed.DOCUMENT_STORAGE,
    maxUploadMb: parsed.MAX_UPLOAD_MB,
    webDistDir: resolve(new URL('../../web/dist', import.meta.url).pathname),
    oidc: oidcConfig(parsed, publicUrl),
    invoicing: {
      cadence: parsed.INVOICE_CADENCE,
      operator: {
        vatNumber: parsed.OPERATOR_VAT_NUMBER,
        enterpriseNumber: parsed.OPERATOR_ENTERPRISE_NUMBER,
        street: parsed.OPERATOR_STREET,
        postalCode: parsed.OPERATOR_POSTAL_CODE,
        city: parsed.OPERATOR_CITY,
        country: parsed.OPERATOR_COUNTRY,
        email: parsed.OPERATOR_EMAIL ?? null,
      },
      peppolAccessPoint:
        parsed.PEPPOL_ACCESS_POINT_URL && parsed.PEPPOL_ACCESS_POINT_KEY
          ? { url: parsed.PEPPOL_ACCESS_POINT_URL, key: parsed.PEPPOL_ACCESS_POINT_KEY }
          : null,
    },
    retention: { years: parsed.RETENTION_YEARS, inactivityMonths: parsed.RETENTION_INACTIVITY_MONTHS },
    lists: listsConfig(parsed, env),
  };
}

/** Per source: `LIST_SOURCE_<ID>_URL` points it at a mirror, `LIST_SOURCE_<ID>_ENABLED=false` switches it off. */
function listsConfig(parsed: z.infer<typeof ZEnv>, env: NodeJS.ProcessEnv): TListsConfig {
  const sources = officialListSources.map((source) => {
    const prefix = `LIST_SOURCE_${source.id.toUpperCase()}`;
    const url = env[`${prefix}_URL`]?.trim() || source.defaultUrl;
    const enabled = zBoolean(source.enabledByDefault && url !== '').parse(env[`${prefix}_ENABLED`]);
    if (enabled && !url) throw new Error(`${prefix}_ENABLED=true needs ${prefix}_URL`);
    if (url) z.url().parse(url);
    return { id: source.id, label: source.label, url, enabled };
  });
  return {
    autoUpdate: parsed.LISTS_AUTO_UPDATE,
    bootstrap: parsed.LISTS_BOOTSTRAP,
    checkMinutes: parsed.LISTS_CHECK_MINUTES,
    fetchTimeoutMs: parsed.LISTS_FETCH_TIMEOUT_SECONDS * 1000,
    fetchMaxBytes: Math.round(parsed.LISTS_FETCH_MAX_MB * 1024 * 1024),
    staleDays: parsed.LISTS_STALE_DAYS,
    failureAlertHours: parsed.LISTS_FAILURE_ALERT_HOURS,
    sources,
  };
}

function oidcConfig(parsed: z.infer<typeof ZEnv>, publicUrl: string): TOidcConfig | null {
  if (!parsed.OIDC_ISSUER) return null;
  if (!parsed.OIDC_CLIENT_ID || !parsed.OIDC_CLIENT_SECRET) {
    throw new Error('OIDC_ISSUER is set: OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are required too');
  }
  return {
    issuer: parsed.OIDC_ISSUER,
    clientId: parsed.OIDC_CLIENT_ID,
    clientSecret: parsed.OIDC_CLIENT_SECRET,
    scopes: parsed.OIDC_SCOPES,
    nationalNumberClaim: parsed.OIDC_NATIONAL_NUMBER_CLAIM,
    redirectUrl: parsed.OIDC_REDIRECT_URL ?? `${publicUrl.replace(/\/$/, '')}/api/auth/eid/callback`,
  };
}

function readOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
