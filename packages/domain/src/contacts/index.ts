export { diffContactData } from './contact-diff.ts';
export {
  checkContactData,
  contactFlags,
  linkedContactIds,
  type TContactFieldError,
} from './contact-rules.ts';
export { displayNameOf, summarise } from './contact-summary.ts';
export {
  BENEFICIAL_OWNER_VERIFICATION_METHODS,
  compareWithUboRegister,
  MANDATORY_IDENTIFICATION_FIELDS,
  missingIdentificationData,
  samePerson,
  type TBeneficialOwnerVerificationMethod,
  type TMissingIdentificationField,
  type TNamedPerson,
  type TUboRegisterComparison,
  unverifiedBeneficialOwners,
} from './due-diligence.ts';
export { foldText, searchTerms } from './fold-text.ts';
