import { z } from 'zod';

/** Periodic review of risk profiles (issue 14, item 9): what is due within 30 days or overdue. */
export const ZReviewItem = z.object({
  contactId: z.string(),
  displayName: z.string(),
  kind: z.enum(['person', 'entity']),
  vigilanceLevel: z.enum(['normal', 'heightened']).nullable(),
  reviewDueAt: z.string(),
  /** Whole days until the review date; zero or negative when overdue. */
  daysLeft: z.number(),
});
export type TReviewItem = z.infer<typeof ZReviewItem>;

export const ZReviewsResponse = z.object({
  today: z.string(),
  dueSoonDays: z.number(),
  overdue: z.array(ZReviewItem),
  dueSoon: z.array(ZReviewItem),
});
export type TReviewsResponse = z.infer<typeof ZReviewsResponse>;
