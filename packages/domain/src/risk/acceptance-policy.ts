import { z } from 'zod';
import { LEGAL_VERSIONS } from '../legal/legal-versions.ts';
import { FACTOR_CATALOG, FACTOR_CODES, type FactorCode } from './factor-catalog.ts';

const ZLocalizedText = z.object({
  fr: z.string().trim().min(1),
  nl: z.string().trim().min(1),
  en: z.string().trim().min(1),
});

/** An agency-specific criterion (2022 regulation: criteria set by each agent). */
export const ZAgencyCriterion = z.object({
  code: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case code'),
  /** The question asked, in the three languages (agency text, not an i18n key). */
  label: ZLocalizedText,
  weight: z.number().int().min(0).max(100),
  forcesHeightened: z.boolean().default(false),
  appliesTo: z.array(z.enum(['contact-buyer', 'contact-seller', 'transaction'])).min(1),
});

/**
 * A client acceptance policy (law of 18 September 2017 art. 19, §2; 2022 regulation; M5): which factors count and their weight,
 * the risk scale threshold, agency criteria, thresholds for computed transaction factors, and
 * review periods. Versioned: every computed profile records the policy version it used.
 */
export const ZAcceptancePolicy = z
  .object({
    id: z.string().min(1),
    version: z.number().int().positive(),
    /**
     * The legal version the policy was written for (issue 14, item 7). Policies saved before this field
     * existed were written under the 2017 law.
     */
    legalVersion: z.enum(LEGAL_VERSIONS).default('be-2017'),
    /** Overrides of the catalog defaults; a factor absent here keeps its default weight. */
    factors: z.partialRecord(
      z.enum(FACTOR_CODES),
      z.object({ enabled: z.boolean(), weight: z.number().int().min(0).max(100) }),
    ),
    /** Risk scale: from this score on, vigilance is heightened. */
    riskScale: z.object({ heightenedFromScore: z.number().int().positive() }),
    /** Price and valuation differ by more than this (basis points of the valuation). */
    priceDeviationBasisPoints: z.number().int().positive(),
    /** Resale within two years at this markup or more (basis points) is a quick resale. */
    quickResaleMarkupBasisPoints: z.number().int().positive(),
    agencyCriteria: z.array(ZAgencyCriterion),
    /**
     * Months until a profile must be reviewed. Identification data are re-verified at least every
     * two years (a rule of the repealed 2013 regulation, kept as a product choice), so no period may exceed 24 months.
     */
    reviewPeriodMonths: z.object({
      normal: z.number().int().min(1).max(24),
      heightened: z.number().int().min(1).max(24),
    }),
  })
  .superRefine((policy, ctx) => {
    for (const [code, override] of Object.entries(policy.factors)) {
      if (override && !override.enabled && FACTOR_CATALOG[code as FactorCode].forcesHeightened) {
        ctx.addIssue({ code: 'custom', path: ['factors', code], message: 'legal-minimum-factor' });
      }
    }
    if (policy.reviewPeriodMonths.heightened > policy.reviewPeriodMonths.normal) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviewPeriodMonths', 'heightened'],
        message: 'longer-than-normal',
      });
    }
    const codes = policy.agencyCriteria.map((criterion) => criterion.code);
    if (new Set(codes).size !== codes.length) {
      ctx.addIssue({ code: 'custom', path: ['agencyCriteria'], message: 'duplicate-code' });
    }
  });

/** A validated client acceptance policy. */
export type AcceptancePolicy = z.output<typeof ZAcceptancePolicy>;
/** An agency criterion. */
export type AgencyCriterion = z.output<typeof ZAgencyCriterion>;

/**
 * The default policy, derived from the law of 18 September 2017 and the 2022 regulation (legal version
 * `be-2017`): every art. 15 / art. 16 factor counts with the
 * catalog weight; heightened from 8 points (one strong indicator, or two moderate ones);
 * price vs valuation beyond 20%; resale within two years at +30% or more; reviews every
 * 24 months (normal, the legal maximum) and 12 months (heightened).
 */
export const DEFAULT_ACCEPTANCE_POLICY: AcceptancePolicy = ZAcceptancePolicy.parse({
  id: 'vigilo-default',
  version: 1,
  legalVersion: 'be-2017',
  factors: {},
  riskScale: { heightenedFromScore: 8 },
  priceDeviationBasisPoints: 2000,
  quickResaleMarkupBasisPoints: 3000,
  agencyCriteria: [],
  reviewPeriodMonths: { normal: 24, heightened: 12 },
});

/** The weight a policy gives a catalog factor, or null when the policy does not count it. */
export function policyWeightOf(policy: AcceptancePolicy, code: FactorCode): number | null {
  const override = policy.factors[code];
  if (!override) return FACTOR_CATALOG[code].defaultWeight;
  return override.enabled || FACTOR_CATALOG[code].forcesHeightened ? override.weight : null;
}
