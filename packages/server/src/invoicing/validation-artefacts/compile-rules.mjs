// Compiles the Peppol BIS Billing 3.0 Schematron rule sets (peppol-bis-3/*.sch, unchanged from OpenPEPPOL)
// into SaxonJS stylesheet exports (*.sef.json.gz) that ubl-validation.ts runs in-process. Two steps, both
// with SaxonJS's own command line (the xslt3 dev dependency): the ISO Schematron "skeleton" for XSLT 2
// turns each .sch into an XSLT stylesheet reporting in SVRL, and xslt3 exports that stylesheet for
// SaxonJS. Run it again (`node packages/server/src/invoicing/validation-artefacts/compile-rules.mjs`)
// after replacing a .sch with a new Peppol release; it takes a few minutes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const here = import.meta.dirname;
const xslt3 = join(here, '../../../../../node_modules/.bin/xslt3');
const work = mkdtempSync(join(tmpdir(), 'vigilo-peppol-rules-'));
try {
  for (const name of ['CEN-EN16931-UBL', 'PEPPOL-EN16931-UBL']) {
    const xsl = join(work, `${name}.xsl`);
    const sef = join(work, `${name}.sef.json`);
    execFileSync(xslt3, [
      `-xsl:${join(here, 'iso-schematron/iso_svrl_for_xslt2.xsl')}`,
      `-s:${join(here, `peppol-bis-3/${name}.sch`)}`,
      `-o:${xsl}`,
    ]);
    execFileSync(xslt3, [`-xsl:${xsl}`, `-export:${sef}`, '-nogo', '-relocate:on']);
    writeFileSync(join(here, `peppol-bis-3/${name}.sef.json.gz`), gzipSync(readFileSync(sef), { level: 9 }));
    console.log(`compiled peppol-bis-3/${name}.sef.json.gz`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
