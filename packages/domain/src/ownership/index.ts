export {
  type BeneficialOwnerAnalysis,
  type BeneficialOwnerReason,
  computeBeneficialOwners,
  type OwnershipAnalysisOptions,
  type PersonOwnership,
} from './compute-beneficial-owners.ts';
export { type Fraction, toBasisPointsFloor } from './fraction.ts';
export type {
  ControlType,
  OwnershipEdge,
  OwnershipError,
  OwnershipGraph,
  OwnershipNode,
  ShareInput,
} from './ownership-graph.ts';
