import { z } from 'zod';
import { CASE_AGE_BUCKETS } from '../cockpit/cockpit-rules.ts';

/** API contracts of the cockpit (B7): read-only overviews for officers, managers and the platform admin. */

const ZCount = z.number().int().min(0);

export const ZListFreshness = z.object({
  source: z.string(),
  listDate: z.string(),
  importedAt: z.string(),
  ageDays: z.number().int(),
  isStale: z.boolean(),
});
export type TListFreshness = z.infer<typeof ZListFreshness>;

export const ZMonthFigures = z.object({
  /** `YYYY-MM` (UTC). */
  month: z.string(),
  /** Risk profiles and transactions whose vigilance was computed in the month, and how many heightened. */
  assessed: ZCount,
  heightened: ZCount,
  reportsToCtif: ZCount,
});

/** The officer's part: what waits, what is due, what is stale, and a year of vigilance outcomes. */
export const ZOfficerCockpit = z.object({
  computedAt: z.string(),
  openCases: z.object({
    byAwaited: z.object({ collaborator: ZCount, officer: ZCount, ctif: ZCount }),
    byAge: z.object(
      Object.fromEntries(CASE_AGE_BUCKETS.map((b) => [b, ZCount])) as Record<
        (typeof CASE_AGE_BUCKETS)[number],
        typeof ZCount
      >,
    ),
  }),
  hitsToReview: ZCount,
  reviews: z.object({ overdue: ZCount, dueSoon: ZCount, dueSoonDays: ZCount }),
  documents: z.object({ expired: ZCount, expiringSoon: ZCount, windowDays: ZCount }),
  relationshipsProposedForEnding: ZCount,
  lists: z.array(ZListFreshness),
  months: z.array(ZMonthFigures),
});
export type TOfficerCockpit = z.infer<typeof ZOfficerCockpit>;

export const ZTrainingStatus = z.object({
  memberId: z.string(),
  name: z.string(),
  toolRole: z.enum(['collaborator', 'officer']),
  lastTrainingOn: z.string().nullable(),
  isCurrent: z.boolean(),
});

/** The agency's part, also shown to managers: activity, wallet against subscription, staff training. */
export const ZAgencyCockpit = z.object({
  transactionsPerMonth: z.array(z.object({ month: z.string(), count: ZCount })),
  wallet: z.object({
    balanceCents: z.number().int(),
    subscription: z
      .object({
        planCode: z.string(),
        expiresAt: z.string(),
        /** Null = unlimited. */
        includedTransactions: z.number().int().nullable(),
        usedTransactions: ZCount,
      })
      .nullable(),
  }),
  training: z.array(ZTrainingStatus),
});
export type TAgencyCockpit = z.infer<typeof ZAgencyCockpit>;

/**
 * The figures whose list lives in the cockpit itself (the others link to an existing filtered page).
 * `heightened` and `reports-to-ctif` are per month and need `month`.
 */
export const cockpitItemFigures = [
  'open-hits',
  'reviews-due-soon',
  'documents-expiring',
  'cases-awaiting-collaborator',
  'cases-under7',
  'cases-from7to30',
  'cases-over30',
  'heightened',
  'reports-to-ctif',
] as const;
export type TCockpitItemFigure = (typeof cockpitItemFigures)[number];
export const ZCockpitItemsQuery = z
  .object({
    figure: z.enum(cockpitItemFigures),
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
      .optional(),
  })
  .refine((q) => (q.figure === 'heightened' || q.figure === 'reports-to-ctif') === Boolean(q.month), {
    path: ['month'],
    message: 'month is required for monthly figures only',
  });
export type TCockpitItemsQuery = z.infer<typeof ZCockpitItemsQuery>;
export const ZCockpitItem = z.object({
  kind: z.enum(['contact', 'risk_profile', 'transaction']),
  id: z.string(),
  title: z.string(),
  /** The date that puts the item in the figure (due, expiry, last move, creation), `YYYY-MM-DD`. */
  date: z.string(),
});
export type TCockpitItem = z.infer<typeof ZCockpitItem>;
export const ZCockpitItemsResponse = z.object({ items: z.array(ZCockpitItem) });
export type TCockpitItemsResponse = z.infer<typeof ZCockpitItemsResponse>;

/** The platform administrator's operator page. */
export const ZOperatorCockpit = z.object({
  lists: z.array(ZListFreshness),
  jobs: z.object({
    waiting: ZCount,
    retrying: ZCount,
    running: ZCount,
    failed: ZCount,
    recentFailures: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        attempts: ZCount,
        lastError: z.string().nullable(),
        at: z.string(),
      }),
    ),
  }),
  mail: z.object({
    failed: ZCount,
    pending: ZCount,
    recentFailures: z.array(
      z.object({
        id: z.string(),
        toAddress: z.string(),
        template: z.string(),
        lastError: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
  }),
  organisationsAwaitingAllowListing: z.array(
    z.object({ id: z.string(), name: z.string(), enterpriseNumber: z.string(), createdAt: z.string() }),
  ),
});
export type TOperatorCockpit = z.infer<typeof ZOperatorCockpit>;
