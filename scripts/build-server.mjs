// Part of `npm run build`: compiles the server (and the domain it imports) into one JavaScript ES module,
// packages/server/dist/server/vigilo.mjs, with a source map, so production runs plain `node`.
// The bundle sits two folders below packages/server, like every source file (src/<module>/x.ts), so the
// paths the sources resolve from import.meta.url (../../drizzle, ../../web/dist, ../../../domain/locales)
// resolve the same from the bundle; the few files read from beside a source file are copied beside it.
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const server = new URL('../packages/server/', import.meta.url);
const outDir = new URL('dist/server/', server);
const pkg = JSON.parse(readFileSync(new URL('package.json', server), 'utf8'));

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
await build({
  entryPoints: [new URL('src/cli/main.ts', server).pathname],
  outfile: new URL('vigilo.mjs', outDir).pathname,
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  sourcemap: 'linked',
  sourcesContent: false,
  // npm dependencies stay in node_modules (native argon2, PGlite's WebAssembly, pdfmake's fonts);
  // only our own TypeScript (server and @vigilo/domain) is compiled in.
  external: Object.keys(pkg.dependencies),
  // The offline verification script runs as a program of its own when called directly: keep it a file
  // beside the bundle (copied below) rather than inline it, so the bundle is not taken for it.
  plugins: [
    {
      name: 'verify-export-beside-bundle',
      setup(builder) {
        builder.onResolve({ filter: /verify-export\.mjs$/ }, () => ({
          path: './verify-export.mjs',
          external: true,
        }));
      },
    },
  ],
  logLevel: 'warning',
  legalComments: 'none',
});
// Worker threads run a file of their own: each is bundled beside vigilo.mjs as <name>.mjs, where the
// sources look for it when they run from the bundle (see `workerFile` in src/jobs/worker-file.ts).
await build({
  entryPoints: {
    'list-import-worker': new URL('src/screening/importers/list-import-worker.ts', server).pathname,
    'screening-worker': new URL('src/screening/screening-worker.ts', server).pathname,
    'camt053-worker': new URL('src/wallet/bank-statements/camt053-worker.ts', server).pathname,
  },
  outdir: outDir.pathname,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  external: Object.keys(pkg.dependencies),
  logLevel: 'warning',
  legalComments: 'none',
});
const besideSources = [
  ['src/goaml/profiles', 'profiles'],
  ['src/invoicing/validation-artefacts', 'validation-artefacts'],
  ['src/seed/data', 'data'],
  ['src/records/export/verify-export.mjs', 'verify-export.mjs'],
];
for (const [from, to] of besideSources)
  cpSync(new URL(from, server), new URL(to, outDir), { recursive: true });
console.log('server built: packages/server/dist/server/vigilo.mjs');
