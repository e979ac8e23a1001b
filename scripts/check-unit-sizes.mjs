// Holds the unit sizes of docs/ARCHITECTURE.md ("Small units", issue 19): in the domain and the server,
//  - no function longer than 80 lines,
//  - no `*.service.ts` file longer than 300 lines,
// unless the reason is written next to it: a comment containing "Long because" in the three lines
// above the function (or its `const`), or at the top of the file for a service file.
// A route table (one short registration per endpoint) or a document laid out top to bottom are such
// reasons; a function that does several things is not, and is split instead.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const MAX_FUNCTION_LINES = 80;
const MAX_SERVICE_LINES = 320; // "about 300": a few lines over is not worth a split
const REASON = /Long because/;
const root = resolve(import.meta.dirname, '..');

const sourceFiles = (folder) => {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ts$/.test(name) && !/\.test\.ts$|\.test-support\.ts$/.test(name)) files.push(path);
    }
  };
  walk(join(root, folder));
  return files;
};

const isFunction = (node) =>
  ts.isFunctionDeclaration(node) ||
  ts.isArrowFunction(node) ||
  ts.isFunctionExpression(node) ||
  ts.isMethodDeclaration(node);

/** The statement a function's reason is written above: the function itself, or its `const … =`. */
const anchorOf = (node) => {
  let anchor = node;
  while (anchor.parent && !ts.isSourceFile(anchor.parent) && !ts.isBlock(anchor.parent)) {
    if (ts.isVariableStatement(anchor.parent) || ts.isExpressionStatement(anchor.parent))
      return anchor.parent;
    if (ts.isCallExpression(anchor.parent) || ts.isPropertyAssignment(anchor.parent)) return anchor;
    anchor = anchor.parent;
  }
  return anchor;
};

const findings = [];
for (const file of [...sourceFiles('packages/domain/src'), ...sourceFiles('packages/server/src')]) {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const name = relative(root, file);
  if (
    file.endsWith('.service.ts') &&
    lines.length > MAX_SERVICE_LINES &&
    !REASON.test(lines.slice(0, 15).join('\n'))
  ) {
    findings.push(`${name}: ${lines.length} lines (a service file holds at most ${MAX_SERVICE_LINES})`);
  }
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (isFunction(node)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.end).line;
      const length = end - start + 1;
      if (length > MAX_FUNCTION_LINES) {
        const anchorLine = source.getLineAndCharacterOfPosition(anchorOf(node).getStart()).line;
        const above = lines.slice(Math.max(0, anchorLine - 3), anchorLine + 1).join('\n');
        if (!REASON.test(above)) {
          findings.push(
            `${name}:${start + 1}: a function of ${length} lines (at most ${MAX_FUNCTION_LINES})`,
          );
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

if (findings.length > 0) {
  console.error(findings.join('\n'));
  console.error(
    `\n${findings.length} unit(s) too long: split them, or write why next to them ("Long because …").`,
  );
  process.exit(1);
}
console.log('unit sizes: every long function and service file says why');
