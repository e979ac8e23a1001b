import { z } from 'zod';
import { ANNUAL_REPORT_SECTIONS } from '../officer-reports/annual-report.ts';
import { ZRiskAssessmentContent } from '../officer-reports/risk-assessment.ts';
import { ZIsoDate } from './common.ts';

/** API contracts of the AML officer's reports (M10 annual report, M11 risk assessment). Officer-only. */

const ZYear = z.coerce.number().int().min(2000).max(2100);
export const ZPdfQuery = z.object({ lang: z.enum(['fr', 'nl', 'en']).optional() });

export const ZAnnualNarrative = z.object(
  Object.fromEntries(ANNUAL_REPORT_SECTIONS.map((id) => [id, z.string().max(20_000).default('')])) as Record<
    (typeof ANNUAL_REPORT_SECTIONS)[number],
    z.ZodDefault<z.ZodString>
  >,
);
export type TAnnualNarrative = z.infer<typeof ZAnnualNarrative>;

const ZCounts = z.record(z.string(), z.number());
export const ZAnnualReportFigures = z.object({
  year: z.number(),
  computedAt: z.string(),
  contacts: z.object({
    total: z.number(),
    persons: z.number(),
    entities: z.number(),
    normal: z.number(),
    heightened: z.number(),
    notAssessed: z.number(),
  }),
  riskProfiles: z.object({ computed: z.number(), heightened: z.number() }),
  transactions: z.object({ created: z.number(), computed: z.number(), heightened: z.number() }),
  decisions: ZCounts,
  ctif: z.object({
    reported: z.number(),
    goamlSubmitted: z.number(),
    answers: z.object({
      'no-objection': z.number(),
      opposition: z.number(),
      'information-request': z.number(),
    }),
  }),
  reviews: z.object({ done: z.number(), overdue: z.number() }),
  trainings: z.object({
    sessions: z.number(),
    attendees: z.number(),
    items: z.array(z.object({ heldOn: z.string(), topic: z.string(), attendeeCount: z.number() })),
    /** Absent from the figures of reports saved before issue 14, item 13. */
    perEmployee: z
      .array(
        z.object({
          userId: z.string(),
          name: z.string(),
          sessions: z.number(),
          lastHeldOn: z.string().nullable(),
        }),
      )
      .default([]),
    withoutTraining: z.array(z.object({ userId: z.string(), name: z.string() })).default([]),
  }),
  policyChanges: z.array(z.object({ version: z.number(), createdAt: z.string() })),
});

export const ZAnnualReportQuery = z.object({ year: ZYear });
export const ZAnnualReportVersion = z.object({
  id: z.string(),
  versionNo: z.number(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
});
export const ZAnnualReportResponse = z.object({
  year: z.number(),
  dueOn: z.string(),
  figures: ZAnnualReportFigures,
  versions: z.array(ZAnnualReportVersion),
  latest: z.object({ id: z.string(), versionNo: z.number(), narrative: ZAnnualNarrative }).nullable(),
});
export const ZSaveAnnualReportRequest = z.object({ year: ZYear, narrative: ZAnnualNarrative });
export const ZAnnualReportIdParams = z.object({ annualReportId: z.string().uuid() });

export const ZTraining = z.object({
  id: z.string(),
  heldOn: z.string(),
  topic: z.string(),
  attendees: z.string(),
  attendeeCount: z.number(),
  /** Members who attended (issue 14, item 13), with their names. */
  attendeeMembers: z.array(z.object({ userId: z.string(), name: z.string() })),
});
/** A member of the agency who can be recorded as attending a training. */
export const ZTrainingMember = z.object({ userId: z.string(), name: z.string() });
export const ZTrainingsResponse = z.object({ items: z.array(ZTraining), members: z.array(ZTrainingMember) });
export const ZTrainingsQuery = z.object({ year: ZYear.optional() });
export const ZCreateTrainingRequest = z.object({
  heldOn: ZIsoDate,
  topic: z.string().trim().min(1).max(500),
  attendees: z.string().trim().max(5000).default(''),
  attendeeCount: z.number().int().min(0).max(10_000),
  /** The agency's members who attended; each must be a member of the organisation. */
  attendeeUserIds: z.array(z.string().uuid()).max(1000).default([]),
});
export const ZTrainingIdParams = z.object({ trainingId: z.string().uuid() });

export const ZRiskAssessmentVersion = z.object({
  id: z.string(),
  versionNo: z.number(),
  reviewedOn: z.string(),
  nextReviewDue: z.string(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
});
export const ZRiskAssessmentResponse = z.object({
  current: ZRiskAssessmentVersion.extend({ content: ZRiskAssessmentContent }).nullable(),
  isReviewDue: z.boolean(),
  versions: z.array(ZRiskAssessmentVersion),
});
export const ZSaveRiskAssessmentRequest = z.object({ content: ZRiskAssessmentContent, reviewedOn: ZIsoDate });
export const ZRiskAssessmentIdParams = z.object({ riskAssessmentId: z.string().uuid() });
