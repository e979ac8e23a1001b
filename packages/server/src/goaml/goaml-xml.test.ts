import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildGoAmlReport,
  buildGoAmlTree,
  GENERIC_GOAML_501_MAPPING,
  type TGoAmlCaseInput,
  type TGoAmlCodeMapping,
  ZGoAmlCodeMapping,
} from '@vigilo/domain/goaml/index.ts';
import { companyCase, personCase, saleCase } from '@vigilo/domain/goaml/test-fixtures.ts';
import anyAscii from 'any-ascii';
import { describe, expect, it } from 'vitest';
import { builtInProfile } from './goaml-profiles.service.ts';
import { serialiseGoAmlTree } from './goaml-xml.ts';
import { explainXsdErrors, validateWithXsd } from './xsd-validation.ts';

// The reference schemas are copied into test/fixtures/goaml/reference (see its SOURCE.md).
const reference = new URL('../../test/fixtures/goaml/reference/', import.meta.url).pathname;
const genericXsd = join(reference, 'unodc-5.0.1_thecury-goAML/goAMLSchema.xsd');
const uaeXsd = join(reference, 'uae-5.0.2_Vyttah-goAML/patched-for-xsd1.0/goAMLSchema.xsd');
const uaeMapping = ZGoAmlCodeMapping.parse(
  JSON.parse(
    readFileSync(new URL('../../test/fixtures/goaml/uae-5.0.2-mapping.json', import.meta.url), 'utf8'),
  ),
);

// The cross-check with Debian's xmllint is required, never skipped: `.ci/run` and `npm test` install
// libxml2-utils when missing (as root); elsewhere, install it (`apt-get install libxml2-utils`).
const dir = mkdtempSync(join(tmpdir(), 'vigilo-goaml-'));

/** Debian's xmllint (libxml2-utils) on the file: exit 0 and "validates", or the errors it printed. */
function xmllint(xml: string, xsdPath: string): { ok: boolean; output: string } {
  const file = join(dir, `report-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--schema', xsdPath, file], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

function generate(input: TGoAmlCaseInput, mapping: TGoAmlCodeMapping) {
  const { tree, adjustments } = buildGoAmlTree(buildGoAmlReport(input), mapping, { transliterate: anyAscii });
  return { ...serialiseGoAmlTree(tree), adjustments };
}

const cases: [string, () => TGoAmlCaseInput][] = [
  ['natural person (SAR)', personCase],
  ['company with two beneficial owners and a mandatary (SAR)', companyCase],
  ['sale with two buyers paying from an account (STR)', saleCase],
];

describe('goAML files against the generic UNODC 5.0.1 schema', () => {
  it('ships the same XSD as the reference copy', () => {
    expect(builtInProfile().xsd).toBe(readFileSync(genericXsd, 'utf8'));
  });

  it.each(cases)('%s validates with xmllint-wasm (run time)', async (_name, make) => {
    const { xml } = generate(make(), GENERIC_GOAML_501_MAPPING);
    const verdict = await validateWithXsd(xml, builtInProfile().xsd);
    expect(verdict.errors).toEqual([]);
    expect(verdict.valid).toBe(true);
  });

  it.each(cases)('%s validates with Debian xmllint', (_name, make) => {
    const { xml } = generate(make(), GENERIC_GOAML_501_MAPPING);
    const result = xmllint(xml, genericXsd);
    expect(result.output).toMatch(/validates/);
    expect(result.ok).toBe(true);
  });

  it('keeps accents, apostrophes, ampersands and non-Latin scripts intact and escaped', async () => {
    const { xml, adjustments } = generate(companyCase(), GENERIC_GOAML_501_MAPPING);
    expect(adjustments).toEqual([]);
    expect(xml).toContain('<name>Immobilière Sœurs &amp; Fils SRL</name>');
    expect(xml).toContain('<last_name>Петров</last_name>');
    expect(xml).toContain('<first_name>伟</first_name>');
    expect(xml).toContain("<last_name>O'Brien</last_name>");
    expect(xml).toContain('<first_name>Seán</first_name>');
    expect(xmllint(xml, genericXsd).ok).toBe(true);
  });

  it('cuts very long texts at the schema limits, reports each cut, and stays valid', async () => {
    const input = personCase({
      lastName: `${'Ÿ'.repeat(99)}😀😀`,
      firstNames: 'Zoë <script>&amp;</script>',
      address: { street: 'Rue '.repeat(40), postalCode: '4000-12345-678', city: 'Liège', country: 'BE' },
    });
    input.texts.reason = 'Fraude & blanchiment « aggravé » '.repeat(400);
    const { xml, adjustments } = generate(input, GENERIC_GOAML_501_MAPPING);
    expect(adjustments.map((a) => [a.path.split('/').at(-1), a.kind, a.maxLength])).toEqual([
      ['reason', 'truncated', 8000],
      ['last_name', 'truncated', 100],
      ['address', 'truncated', 100],
      ['zip', 'truncated', 10],
    ]);
    expect(xml).toContain('<first_name>Zoë &lt;script&gt;&amp;amp;&lt;/script&gt;</first_name>');
    // 99 × Ÿ + one emoji = 100 characters: the cut keeps the surrogate pair whole.
    expect(xml).toContain(`<last_name>${'Ÿ'.repeat(99)}😀</last_name>`);
    expect((await validateWithXsd(xml, builtInProfile().xsd)).valid).toBe(true);
    expect(xmllint(xml, genericXsd).ok).toBe(true);
  });
});

describe('profile mechanism: the UAE 5.0.2 schema with a mapping written for it', () => {
  const uae = readFileSync(uaeXsd, 'utf8');

  it.each(cases)('%s validates with xmllint-wasm', async (_name, make) => {
    const { xml } = generate(make(), uaeMapping);
    expect((await validateWithXsd(xml, uae)).errors).toEqual([]);
  });

  it.each(cases)('%s validates with Debian xmllint', (_name, make) => {
    const { xml } = generate(make(), uaeMapping);
    const result = xmllint(xml, uaeXsd);
    expect(result.output).toMatch(/validates/);
  });

  it('refuses a person whose identity document has no recorded issue date: asked for, never derived', async () => {
    const idDocument = {
      type: 'belgian_eid' as const,
      number: '592-1234567-89',
      expiryDate: '2031-01-01',
      issuingCountry: 'BE',
    };
    const { xml } = generate(personCase({ idDocument }), uaeMapping);
    expect(xml).not.toContain('<issue_date>');
    const verdict = await validateWithXsd(xml, uae);
    expect(verdict.valid).toBe(false);
    expect(JSON.stringify(verdict.errors)).toContain('issue_date');
  });

  it('writes the UAE codes and Latin-only names, reporting each transliteration', () => {
    const { xml, adjustments } = generate(companyCase(), uaeMapping);
    expect(xml).toContain('<schema_version>5.0.2</schema_version>');
    expect(xml).toContain('<role>ATR</role>');
    expect(xml).toContain('<last_name>Petrov</last_name>');
    expect(adjustments.filter((a) => a.kind === 'transliterated').map((a) => a.written)).toContain('Petrov');
  });

  it('refuses the generic codes under the UAE schema with readable errors and element paths', async () => {
    const { xml, pathAtLine } = generate(companyCase(), {
      ...GENERIC_GOAML_501_MAPPING,
      latinNamesOnly: true,
    });
    const verdict = await validateWithXsd(xml, uae);
    expect(verdict.valid).toBe(false);
    const explained = explainXsdErrors(verdict.errors, pathAtLine, 'en');
    expect(explained).toContainEqual(
      expect.objectContaining({
        path: 'report/activity/report_parties/report_party/entity/director_id[3]/role',
        code: 'not-in-list',
        message:
          '“role”: the code “GA” is not one the schema accepts. The code mapping of the schema profile must be corrected.',
      }),
    );
  });
});

describe('a broken mapping', () => {
  it('gives a readable error naming the element, in the officer’s language', async () => {
    const broken = { ...GENERIC_GOAML_501_MAPPING, reportCodes: { sar: 'SUSP', str: 'STR' } };
    const { xml, pathAtLine } = generate(personCase(), broken);
    const verdict = await validateWithXsd(xml, builtInProfile().xsd);
    const [fr] = explainXsdErrors(verdict.errors, pathAtLine, 'fr');
    expect(fr).toMatchObject({
      path: 'report/report_code',
      code: 'not-in-list',
      message:
        "« report_code » : le code « SUSP » n'est pas accepté par le schéma. La table de codes du profil de schéma doit être corrigée.",
    });
    expect(fr!.raw).toMatch(/facet 'enumeration'/);
  });

  it('refuses an XSD that does not compile', async () => {
    await expect(
      validateWithXsd(
        '<report/>',
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="a" type="nope"/></xs:schema>',
      ),
    ).rejects.toMatchObject({
      code: 'goaml_profile_invalid',
    });
  });
});
