import type { TPolicyResponse } from '../api/policy.ts';

export type TCriterionDraft = {
  code: string;
  label: { fr: string; nl: string; en: string };
  weight: number;
  forcesHeightened: boolean;
  appliesTo: string[];
};

export type TPolicyDraft = {
  factors: Record<string, { enabled: boolean; weight: number }>;
  heightenedFromScore: number;
  priceDeviationPct: number;
  quickResaleMarkupPct: number;
  reviewNormal: number;
  reviewHeightened: number;
  agencyCriteria: TCriterionDraft[];
};

type TStoredPolicy = {
  factors?: Record<string, { enabled: boolean; weight: number } | undefined>;
  riskScale?: { heightenedFromScore: number };
  priceDeviationBasisPoints?: number;
  quickResaleMarkupBasisPoints?: number;
  reviewPeriodMonths?: { normal: number; heightened: number };
  agencyCriteria?: TCriterionDraft[];
};

/** The form's view of the policy: every catalog factor listed, with its override or its default. */
export function policyToDraft(response: TPolicyResponse): TPolicyDraft {
  const policy = response.policy as TStoredPolicy;
  return {
    factors: Object.fromEntries(
      response.factorCatalog.map((f) => [
        f.code,
        policy.factors?.[f.code] ?? { enabled: true, weight: f.defaultWeight },
      ]),
    ),
    heightenedFromScore: policy.riskScale?.heightenedFromScore ?? 8,
    priceDeviationPct: (policy.priceDeviationBasisPoints ?? 2000) / 100,
    quickResaleMarkupPct: (policy.quickResaleMarkupBasisPoints ?? 3000) / 100,
    reviewNormal: policy.reviewPeriodMonths?.normal ?? 24,
    reviewHeightened: policy.reviewPeriodMonths?.heightened ?? 12,
    agencyCriteria: (policy.agencyCriteria ?? []).map((c) => ({
      ...c,
      label: { ...c.label },
      appliesTo: [...c.appliesTo],
    })),
  };
}

/** The body of `PUT /api/policy` (the server sets the id and the next version number). */
export function draftToPolicy(draft: TPolicyDraft): Record<string, unknown> {
  return {
    factors: draft.factors,
    riskScale: { heightenedFromScore: draft.heightenedFromScore },
    priceDeviationBasisPoints: Math.round(draft.priceDeviationPct * 100),
    quickResaleMarkupBasisPoints: Math.round(draft.quickResaleMarkupPct * 100),
    reviewPeriodMonths: { normal: draft.reviewNormal, heightened: draft.reviewHeightened },
    agencyCriteria: draft.agencyCriteria,
  };
}
