import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TTestApp } from '../../test/harness.ts';

// What an integrator does with the contract: lint it with Redocly's recommended rules, generate a typed
// client with openapi-typescript, and compile code against it. Both tools run in the test suite (CI).

let t: TTestApp;
let source: string;

beforeAll(async () => {
  t = await createTestApp();
  const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
  expect(res.statusCode).toBe(200);
  source = res.body;
});
afterAll(() => t.close());

describe('the OpenAPI contract, as an integrator uses it', () => {
  it("passes Redocly's recommended rules without an error", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config });
    const errors = problems.filter((problem) => problem.severity === 'error');
    expect(errors.map((problem) => `${problem.ruleId}: ${problem.message}`)).toEqual([]);
  });

  it('generates a TypeScript client that compiles, and code written against it type-checks', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'vigilo-openapi-client-'));
    const types = astToString(await openapiTS(JSON.parse(source)));
    writeFileSync(join(folder, 'vigilo-api.ts'), types);
    // An integrator's code: the typed answer of the contact list, which API keys may read.
    writeFileSync(
      join(folder, 'integration.ts'),
      [
        "import type { paths } from './vigilo-api.ts';",
        "type TContacts = paths['/api/contacts']['get']['responses'][200]['content']['application/json'];",
        'export const read = (body: TContacts): TContacts => body;',
        '',
      ].join('\n'),
    );
    const program = ts.createProgram([join(folder, 'integration.ts')], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      allowImportingTsExtensions: true,
      skipLibCheck: true,
      types: [],
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(diagnostics).toEqual([]);
    expect(types).toContain('export interface paths');
  });
});
