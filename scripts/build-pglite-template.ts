// Part of `npm run build`: writes the embedded database template a first `vigilo serve` starts from
// (packages/server/src/db/pglite-template.ts explains why).
import { pgliteTemplateFile, writePgliteTemplate } from '../packages/server/src/db/pglite-template.ts';

const started = performance.now();
const bytes = await writePgliteTemplate();
console.log(
  `PGlite template: ${pgliteTemplateFile} (${(bytes / 1024 / 1024).toFixed(1)} MB, ${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
