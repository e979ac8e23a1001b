export {
  buildGoAmlReport,
  institutionCodeOf,
  type TGoAmlCaseInput,
  type TGoAmlPartyReasons,
  type TGoAmlTexts,
  toGoAmlPerson,
} from './build-report.ts';
export {
  GENERIC_GOAML_501_MAPPING,
  indicatorsFor,
  type TGoAmlCodeMapping,
  ZGoAmlCodeMapping,
} from './code-mapping.ts';
export { cutToLength, removeInvalidXmlCharacters, xsdLength } from './fit-text.ts';
export type * from './report-model.ts';
export { buildGoAmlTree, goAmlAmount, goAmlDate, type TFitOptions, type TXmlElement } from './report-tree.ts';
