// Holds the module boundaries of docs/ARCHITECTURE.md ("Who may import what"):
//  1. a server module never imports another module's tables (`*.schema.ts`) or repository
//     (`*.repository.ts`): it calls that module's functions instead;
//  2. the domain stays pure: no Node built-ins, no server, no web;
//  3. the web never imports the server;
//  4. no folder-level import cycle in packages/server/src (run-time imports; type-only ones vanish).
// Rule 1 lets a table name another module's table for its foreign key, and an import preceded by a
// `// biome-ignore lint/style/noRestrictedImports: <reason>` comment. Imports that broke rule 1 before the rule existed were listed
// in scripts/boundaries-baseline.txt (empty since 3 December 2026): a new violation fails, and so does a
// baseline line that no longer occurs (remove it with `--update`, which never adds lines).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const baselinePath = join(root, 'scripts/boundaries-baseline.txt');
const update = process.argv.includes('--update');

const sourceFiles = (folder) => {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'node_modules' && name !== 'dist') walk(path);
      } else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$|\.test-support\.ts$/.test(name)) files.push(path);
    }
  };
  walk(join(root, folder));
  return files;
};

const importsOf = (file) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:^|\s)(?:from|import\()\s*'([^']+)'/gm)].map(
    (match) => match[1],
  );

/** Imports that survive compilation: `import type` and `export type` lines are left out. */
const valueImportsOf = (file) =>
  [
    ...readFileSync(file, 'utf8').matchAll(
      /^(?:import|export)(?!\s+type\b)[^;]*?\sfrom\s*'([^']+)'|import\(\s*'([^']+)'\s*\)/gm,
    ),
  ].map((match) => match[1] ?? match[2]);

const serverSrc = join(root, 'packages/server/src');
const moduleOf = (file) => relative(serverSrc, file).split('/')[0];

/**
 * Imports right under a `// biome-ignore lint/style/noRestrictedImports: <reason>` comment: a crossing
 * kept on purpose, its reason written where it happens; Biome's rule (biome.json) accepts the same line.
 */
const excusedImportsOf = (file) =>
  new Set(
    [
      ...readFileSync(file, 'utf8').matchAll(
        /\/\/ biome-ignore lint\/style\/noRestrictedImports: .+\nimport[^;]*?\sfrom\s*'([^']+)'/g,
      ),
    ].map((match) => match[1]),
  );

const violations = [];
const legacy = [];
const excused = [];
for (const file of sourceFiles('packages/server/src')) {
  const from = moduleOf(file);
  if (from === 'db') continue; // db/schema.ts gathers every module's tables for drizzle-kit
  const excusedHere = excusedImportsOf(file);
  for (const specifier of importsOf(file)) {
    if (!specifier.startsWith('.')) continue;
    const target = resolve(dirname(file), specifier);
    if (moduleOf(target) === from || !/\.(schema|repository)\.ts$/.test(target)) continue;
    // A table declares its foreign keys by naming the table it points to: the database keeps the link,
    // and no code reads or writes the other module's rows through it.
    if (/\.schema\.ts$/.test(file) && /\.schema\.ts$/.test(target)) continue;
    if (excusedHere.has(specifier)) {
      excused.push(`${relative(root, file)} -> ${relative(root, target)}`);
      continue;
    }
    legacy.push(`${relative(root, file)} -> ${relative(root, target)}`);
  }
}
for (const file of sourceFiles('packages/domain/src')) {
  for (const specifier of importsOf(file))
    if (/^(node:|@vigilo\/(server|web))/.test(specifier) || /packages\/(server|web)/.test(specifier))
      violations.push(`${relative(root, file)}: the domain imports ${specifier}`);
}
for (const file of sourceFiles('packages/web/src')) {
  for (const specifier of importsOf(file))
    if (/^@vigilo\/server/.test(specifier) || /packages\/server/.test(specifier))
      violations.push(`${relative(root, file)}: the web imports ${specifier}`);
}

const baseline = existsSync(baselinePath)
  ? readFileSync(baselinePath, 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
  : [];
const allowed = new Set(baseline);
const current = new Set(legacy);
for (const line of legacy)
  if (!allowed.has(line)) violations.push(`${line}: imports another module's tables or repository`);
const gone = baseline.filter((line) => !current.has(line));

if (update && gone.length > 0) {
  const kept = baseline.filter((line) => current.has(line));
  const header = readFileSync(baselinePath, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('#'));
  writeFileSync(baselinePath, `${[...header, ...kept].join('\n')}\n`);
  console.log(`Removed ${gone.length} line(s) from the baseline.`);
} else if (gone.length > 0) {
  for (const line of gone) violations.push(`${line}: no longer occurs; run with --update to drop it`);
}

const cycles = folderCycles();
console.log(`Folder-level cycles in packages/server/src: ${describeCycles(cycles)}`);
// Module folders import one way only: a lower module reaches a higher one through a port wired in
// composition/ (docs/ARCHITECTURE.md, "Who may import what").
for (const cycle of cycles) violations.push(`folders import each other in a cycle: {${cycle.join(', ')}}`);
console.log(`Cross-module table/repository imports left in the baseline: ${current.size}`);
console.log(
  `Kept on purpose (biome-ignore noRestrictedImports): ${excused.length ? excused.join('; ') : 'none'}`,
);
if (violations.length > 0) {
  console.log(`Module boundaries broken (${violations.length}):`);
  for (const violation of violations) console.log(`  ${violation}`);
  process.exit(1);
}
console.log('Module boundaries hold.');

function folderCycles() {
  const edges = new Map();
  for (const file of sourceFiles('packages/server/src')) {
    const from = moduleOf(file);
    // db/schema.ts only gathers the tables for drizzle-kit; type-only imports vanish at run time.
    if (relative(serverSrc, file) === 'db/schema.ts') continue;
    for (const specifier of valueImportsOf(file)) {
      if (!specifier.startsWith('.')) continue;
      const to = moduleOf(resolve(dirname(file), specifier));
      if (to === from || to.startsWith('..')) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from).add(to);
    }
  }
  // Tarjan's strongly connected components: each component of more than one folder is a cycle.
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
    }
    if (low.get(node) !== index.get(node)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) components.push(component.sort());
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return components;
}

function describeCycles(components) {
  if (components.length === 0) return 'none';
  return components.map((component) => `{${component.join(', ')}}`).join('; ');
}
