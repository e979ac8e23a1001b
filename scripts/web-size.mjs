// Prints the gzip size of every chunk of the built web app (packages/web/dist) and the JavaScript the
// first page loads before it renders (the entry script, the chunks index.html preloads, and the default
// language's catalogs, which main.tsx awaits); exits 1 over the budget.
// Usage: node scripts/web-size.mjs [--budget-kb 250] [--json]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../packages/web/dist/', import.meta.url).pathname;
const args = process.argv.slice(2);
const budgetKb = Number(args[args.indexOf('--budget-kb') + 1] || 250);
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]));
// The catalogs of the default language (French) are fetched at start, before the first render.
for (const file of readdirSync(join(dist, 'assets')))
  if (/^fr-[\w-]+\.js$/.test(file)) initial.add(`assets/${file}`);
const kb = (n) => n / 1024;
const chunks = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
  .map((file) => {
    const bytes = readFileSync(join(dist, 'assets', file));
    return { file: `assets/${file}`, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  })
  .map((c) => ({ ...c, initial: initial.has(c.file) }))
  .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
const firstJs = chunks.filter((c) => c.initial && c.file.endsWith('.js')).reduce((s, c) => s + c.gzip, 0);
const firstCss = chunks.filter((c) => c.initial && c.file.endsWith('.css')).reduce((s, c) => s + c.gzip, 0);
if (args.includes('--json')) {
  console.log(JSON.stringify({ chunks, firstPageJsGzip: firstJs, firstPageCssGzip: firstCss, budgetKb }));
} else {
  console.log('| chunk | first page | raw KB | gzip KB |\n|---|---|---:|---:|');
  for (const c of chunks)
    console.log(
      `| ${c.file} | ${c.initial ? 'yes' : ''} | ${kb(c.raw).toFixed(1)} | ${kb(c.gzip).toFixed(1)} |`,
    );
  console.log(
    `\nFirst page: ${kb(firstJs).toFixed(1)} KB of JavaScript gzip (budget ${budgetKb} KB), ${kb(firstCss).toFixed(1)} KB CSS; ${chunks.filter((c) => c.file.endsWith('.js')).length} JavaScript chunks.`,
  );
}
process.exit(kb(firstJs) <= budgetKb ? 0 : 1);
