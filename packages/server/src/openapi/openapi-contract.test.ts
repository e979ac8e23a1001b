import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TTestApp } from '../../test/harness.ts';
import { apiKeyRoutes } from '../api-keys/api-key-routes.ts';
import { operationSummaries } from './operation-summaries.ts';

type TOperation = {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
};
type TDocument = {
  paths: Record<string, Record<string, TOperation>>;
  components: { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> };
  servers?: unknown[];
};

let t: TTestApp;
let doc: TDocument;
let operations: { key: string; operation: TOperation }[];

beforeAll(async () => {
  // With the web app served, as in production: its catch-all route must stay out of the contract.
  const webDist = mkdtempSync(join(tmpdir(), 'vigilo-web-'));
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Vigilo</title>');
  t = await createTestApp({ WEB_DIST_DIR: webDist });
  const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
  expect(res.statusCode).toBe(200);
  doc = res.json();
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, operation]) => ({
      key: `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
      operation,
    })),
  );
});
afterAll(() => t.close());

describe('the OpenAPI contract', () => {
  it('publishes only the API: no web catch-all, no static files', () => {
    expect(t.app.routeTable.some((r) => r.url === '/*')).toBe(true);
    expect(Object.keys(doc.paths).filter((p) => !p.startsWith('/api/'))).toEqual([]);
    expect(operations.length).toBeGreaterThan(100);
    expect(doc.servers?.length).toBeGreaterThan(0);
  });

  it('gives every operation a unique operationId, a summary and tags', () => {
    const missing = operations.filter(
      ({ operation: o }) => !o.operationId || !o.summary?.trim() || !o.tags?.length,
    );
    expect(missing.map((o) => o.key)).toEqual([]);
    const ids = operations.map((o) => o.operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has no summary left for an operation that no longer exists', () => {
    const live = new Set(operations.map((o) => o.key));
    expect(Object.keys(operationSummaries).filter((k) => !live.has(k))).toEqual([]);
  });

  it('declares its security schemes and who may call each operation', () => {
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual([
      'apiKey',
      'csrfToken',
      'sessionCookie',
    ]);
    const undeclared = operations.filter(({ operation }) => !Array.isArray(operation.security));
    expect(undeclared.map((o) => o.key)).toEqual([]);
    const mutatingWithoutCsrf = operations.filter(
      ({ key, operation }) =>
        !key.startsWith('GET') &&
        operation.security!.some((s) => 'sessionCookie' in s && !('csrfToken' in s)),
    );
    expect(mutatingWithoutCsrf.map((o) => o.key)).toEqual([]);
    const byKey = new Map(operations.map((o) => [o.key, o.operation]));
    for (const { method, url } of apiKeyRoutes())
      expect(byKey.get(`${method} ${url}`)?.security, `${method} ${url}`).toContainEqual({ apiKey: [] });
    const keyOps = operations.filter(({ operation }) => operation.security!.some((s) => 'apiKey' in s));
    expect(keyOps.length).toBe(apiKeyRoutes().length);
  });

  it('documents the 4xx answers of every operation with the shared error body', () => {
    expect(doc.components.schemas.Error).toBeDefined();
    const failures: string[] = [];
    for (const { key, operation } of operations) {
      const refusals = Object.entries(operation.responses).filter(([status]) => status.startsWith('4'));
      if (refusals.length === 0) failures.push(`${key}: no 4xx`);
      for (const [status, response] of refusals) {
        const ref = response.content?.['application/json']?.schema?.$ref;
        if (ref !== '#/components/schemas/Error') failures.push(`${key} ${status}: not the Error body`);
      }
    }
    expect(failures).toEqual([]);
  });
});
