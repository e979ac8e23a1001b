import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const webSource = join(import.meta.dirname, '..');

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

// A native date input follows the browser's locale (mm/dd/yyyy in an English browser), not the
// interface language: every date is typed through DateField, dd/mm/yyyy in fr, nl and en (issue 18).
describe('date inputs', () => {
  it('no page uses the browser’s native date input', () => {
    const offenders = tsxFiles(webSource)
      .filter((file) => /type=["{']+date["}']/.test(readFileSync(file, 'utf8')))
      .map((file) => file.slice(webSource.length + 1));
    expect(offenders).toEqual([]);
  });
});
