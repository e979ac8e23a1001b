import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import type { TGoAmlValidationError } from '@vigilo/domain/contracts/goaml.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { validateXML } from 'xmllint-wasm';
import { translator } from '../i18n/i18n.ts';

/**
 * XSD validation at run time with xmllint-wasm: libxml2 compiled to WebAssembly, shipped inside the npm
 * package, so the product needs no native library and no system xmllint. It is the same libxml2 as
 * Debian's xmllint (the tests also validate with that CLI when it is installed).
 */
export async function validateWithXsd(
  xml: string,
  xsd: string,
): Promise<{ valid: boolean; errors: { line: number | null; message: string }[] }> {
  try {
    const result = await validateXML({
      xml: { fileName: 'report.xml', contents: xml },
      schema: { fileName: 'schema.xsd', contents: xsd },
      // A goAML XSD plus a report takes a few MB; leave room for large uploaded schemas.
      maxMemoryPages: 4096,
    });
    return {
      valid: result.valid,
      errors: result.errors.map((e) => ({ line: e.loc?.lineNumber ?? null, message: e.message.trim() })),
    };
  } catch (error) {
    // xmllint exits with an error (not a list) when the schema itself does not compile.
    throw new AppError('goaml_profile_invalid', {
      explained: [
        {
          field: 'xsd',
          code: 'invalid',
          message: String(error instanceof Error ? error.message : error).slice(0, 2000),
        },
      ],
    });
  }
}

type TRule = {
  code: TGoAmlValidationError['code'];
  pattern: RegExp;
  vars: (m: RegExpMatchArray) => Record<string, string>;
};

const rules: TRule[] = [
  {
    code: 'max-length',
    pattern:
      /\[facet 'maxLength'\] The value has a length of '(\d+)'; this exceeds the allowed maximum length of '(\d+)'/,
    vars: (m) => ({ length: m[1]!, max: m[2]! }),
  },
  {
    code: 'min-length',
    pattern:
      /\[facet 'minLength'\] The value has a length of '(\d+)'; this underruns the allowed minimum length of '(\d+)'/,
    vars: (m) => ({ length: m[1]!, min: m[2]! }),
  },
  {
    code: 'not-in-list',
    pattern: /\[facet 'enumeration'\] The value '(.*)' is not an element of the set/,
    vars: (m) => ({ value: m[1]! }),
  },
  {
    code: 'pattern',
    pattern: /\[facet 'pattern'\] The value '(.*)' is not accepted by the pattern/,
    vars: (m) => ({ value: m[1]! }),
  },
  {
    code: 'unexpected-element',
    pattern: /This element is not expected\.(?: Expected is(?: one of)? \( (.*) \))?/,
    vars: (m) => ({ expected: m[1] ?? '' }),
  },
  {
    code: 'missing-element',
    pattern: /Missing child element\(s\)\. Expected is(?: one of)? \( (.*) \)/,
    vars: (m) => ({ expected: m[1]! }),
  },
  {
    code: 'invalid-value',
    pattern: /'(.*)' is not a valid value of the (?:local )?atomic type/,
    vars: (m) => ({ value: m[1]! }),
  },
];

/**
 * Turns libxml2's schema errors into plain words in the officer's language, each with the path of the
 * element concerned (`report/activity/report_parties/report_party[2]/person/last_name`).
 */
export function explainXsdErrors(
  errors: { line: number | null; message: string }[],
  pathAtLine: (line: number) => string | null,
  lang: TLanguage,
): TGoAmlValidationError[] {
  const t = translator(lang);
  return errors.map((error) => {
    const element = error.message.match(/Element '([^']+)'/)?.[1] ?? '';
    const path = (error.line ? pathAtLine(error.line) : null) ?? element;
    for (const rule of rules) {
      const m = error.message.match(rule.pattern);
      if (!m) continue;
      const vars = rule.vars(m);
      return {
        path,
        code: rule.code,
        message: t(`goaml:validation.${rule.code}`, { ...vars, element }),
        raw: error.message,
      };
    }
    return { path, code: 'other', message: t('goaml:validation.other', { element }), raw: error.message };
  });
}
