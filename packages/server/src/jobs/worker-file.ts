/**
 * The file a worker thread runs: the TypeScript source beside `base` when Vigilo runs from its sources,
 * or `<name>.mjs` beside the bundle when it runs from `npm run build`'s output (scripts/build-server.mjs
 * bundles each worker there).
 */
export function workerFile(name: string, base: string): URL {
  return base.endsWith('.ts') ? new URL(`./${name}.ts`, base) : new URL(`./${name}.mjs`, base);
}
