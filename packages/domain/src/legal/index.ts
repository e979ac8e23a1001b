export {
  LEGAL_VERSION_DEFINITIONS,
  LEGAL_VERSIONS,
  type LegalVersion,
  type LegalVersionDefinition,
  legalVersionOn,
  type OwnershipThresholdRule,
} from './legal-versions.ts';
