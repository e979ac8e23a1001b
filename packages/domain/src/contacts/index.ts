export { diffContactData } from './contact-diff.ts';
export {
  checkContactData,
  contactFlags,
  linkedContactIds,
  type TContactFieldError,
} from './contact-rules.ts';
export { displayNameOf, summarise } from './contact-summary.ts';
export { foldText, searchTerms } from './fold-text.ts';
