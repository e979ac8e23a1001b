import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import SaxonJS from 'saxon-js';
import { XmlDocument, type XmlElement } from 'xmldoc';
import { validateXML } from 'xmllint-wasm';

/**
 * The official validation of a Peppol BIS Billing 3.0 document, run in-process (issue 24): the OASIS
 * UBL 2.1 schema (libxml2 compiled to WebAssembly, as for goAML) and the two Schematron rule sets Peppol
 * validates with — CEN's EN 16931 rules bound to UBL and OpenPEPPOL's own — compiled once for SaxonJS
 * (validation-artefacts/compile-rules.mjs). The artefacts and their origin: validation-artefacts/SOURCE.md.
 */
const artefacts = new URL('./validation-artefacts/', import.meta.url);

export type TRuleSetName = 'CEN-EN16931-UBL' | 'PEPPOL-EN16931-UBL';
export const ruleSetNames: readonly TRuleSetName[] = ['CEN-EN16931-UBL', 'PEPPOL-EN16931-UBL'];

export type TUblFinding = {
  source: 'xsd' | TRuleSetName;
  /** The rule id (BR-CO-15, PEPPOL-EN16931-R004…); `XSD` for a schema error. */
  rule: string;
  /** `fatal` stops issuing; `warning` is kept in the report only. */
  flag: 'fatal' | 'warning';
  message: string;
  location: string | null;
};

export type TUblValidationReport = {
  /** Schema errors plus every failed assertion, fatal or not. */
  findings: TUblFinding[];
  fatal: TUblFinding[];
  xsdValid: boolean;
  ruleSets: {
    name: TRuleSetName;
    /** Assertions the rule set holds. */
    rules: number;
    /** Assertions whose rule context occurs in the document: each was evaluated on it at least once. */
    rulesApplied: number;
    /** Rule contexts matched (a context counts once per node it matched). */
    firedRules: number;
  }[];
  /** XSD (1) plus the assertions applied by both rule sets. */
  rulesChecked: number;
};

type TRuleSet = {
  name: TRuleSetName;
  stylesheet: unknown;
  assertsByContext: Map<string, number>;
  rules: number;
};

let schemaFiles: { fileName: string; contents: string }[] | undefined;
const ruleSets = new Map<TRuleSetName, TRuleSet>();

/** The UBL 2.1 runtime schemas, read once: the document schema and the common/ modules it imports. */
function ublSchemas() {
  if (!schemaFiles) {
    const xsdrt = new URL('ubl-2.1/xsdrt/', artefacts);
    schemaFiles = readdirSync(new URL('common/', xsdrt)).map((file) => ({
      fileName: `common/${file}`,
      contents: readFileSync(new URL(`common/${file}`, xsdrt), 'utf8'),
    }));
    for (const kind of ['Invoice', 'CreditNote'])
      schemaFiles.push({
        fileName: `maindoc/UBL-${kind}-2.1.xsd`,
        contents: readFileSync(new URL(`maindoc/UBL-${kind}-2.1.xsd`, xsdrt), 'utf8'),
      });
  }
  return schemaFiles;
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

function ruleSet(name: TRuleSetName): TRuleSet {
  let loaded = ruleSets.get(name);
  if (!loaded) {
    const stylesheet = JSON.parse(
      gunzipSync(readFileSync(new URL(`peppol-bis-3/${name}.sef.json.gz`, artefacts))).toString('utf8'),
    );
    // The count of assertions per rule context comes from the Schematron source the stylesheet was
    // compiled from, so "rules applied" names the official rules, not the compiled templates.
    const schema = new XmlDocument(readFileSync(new URL(`peppol-bis-3/${name}.sch`, artefacts), 'utf8'));
    const assertsByContext = new Map<string, number>();
    let rules = 0;
    for (const pattern of schema.childrenNamed('pattern'))
      for (const rule of pattern.childrenNamed('rule')) {
        const count = rule.childrenNamed('assert').length + rule.childrenNamed('report').length;
        const context = normalise(rule.attr.context ?? '');
        assertsByContext.set(context, (assertsByContext.get(context) ?? 0) + count);
        rules += count;
      }
    loaded = { name, stylesheet, assertsByContext, rules };
    ruleSets.set(name, loaded);
  }
  return loaded;
}

/** Validates a UBL 2.1 Invoice or CreditNote against the schema and both Peppol BIS 3.0 rule sets. */
export async function validatePeppolUbl(xml: string): Promise<TUblValidationReport> {
  const findings: TUblFinding[] = [];
  const kind = /<CreditNote[\s>]/.test(xml) ? 'CreditNote' : 'Invoice';
  const schemas = ublSchemas();
  const main = schemas.find((s) => s.fileName === `maindoc/UBL-${kind}-2.1.xsd`)!;
  // xmllint-wasm runs in a worker thread: the schema check overlaps the Schematron transforms.
  const xsdRun = validateXML({
    xml: { fileName: 'document.xml', contents: xml },
    schema: main,
    preload: schemas.filter((s) => s !== main),
    maxMemoryPages: 4096,
  });
  // Awaited below; this keeps a schema failure from being reported as unhandled while the rules run.
  xsdRun.catch(() => undefined);
  const ruleFindings: TUblFinding[] = [];
  const reports: TUblValidationReport['ruleSets'] = [];
  for (const name of ruleSetNames) {
    const set = ruleSet(name);
    const { principalResult } = await SaxonJS.transform(
      { stylesheetInternal: set.stylesheet, sourceText: xml, destination: 'serialized' },
      'async',
    );
    const svrl = new XmlDocument(principalResult);
    const fired = new Set<string>();
    let firedRules = 0;
    for (const el of svrl.children.filter((c): c is XmlElement => c.type === 'element')) {
      if (el.name === 'svrl:fired-rule') {
        firedRules += 1;
        fired.add(normalise(el.attr.context ?? ''));
      } else if (el.name === 'svrl:failed-assert' || el.name === 'svrl:successful-report') {
        ruleFindings.push({
          source: name,
          rule: el.attr.id ?? '?',
          flag: el.attr.flag === 'warning' || el.attr.flag === 'information' ? 'warning' : 'fatal',
          message: normalise(el.valueWithPath('svrl:text') ?? ''),
          location: el.attr.location ?? null,
        });
      }
    }
    const rulesApplied = [...fired].reduce(
      (sum, context) => sum + (set.assertsByContext.get(context) ?? 0),
      0,
    );
    reports.push({ name, rules: set.rules, rulesApplied, firedRules });
  }
  const xsd = await xsdRun;
  for (const error of xsd.errors)
    findings.push({
      source: 'xsd',
      rule: 'XSD',
      flag: 'fatal',
      message: error.message.trim(),
      location: error.loc ? `line ${error.loc.lineNumber}` : null,
    });
  findings.push(...ruleFindings);
  return {
    findings,
    fatal: findings.filter((f) => f.flag === 'fatal'),
    xsdValid: xsd.valid,
    ruleSets: reports,
    rulesChecked: 1 + reports.reduce((sum, r) => sum + r.rulesApplied, 0),
  };
}
