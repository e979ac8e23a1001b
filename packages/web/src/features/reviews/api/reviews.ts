import { useQuery } from '@tanstack/react-query';
import type { TReviewsResponse } from '@vigilo/domain/contracts/reviews.ts';
import { api } from '../../../lib/api.ts';

/** Under `['org']`: switching organisation drops it. */
export const reviewKeys = { list: ['org', 'reviews'] as const };

/** Risk profile reviews overdue and due within 30 days (issue 14, item 9). */
export function useReviews() {
  return useQuery({ queryKey: reviewKeys.list, queryFn: () => api<TReviewsResponse>('GET', '/api/reviews') });
}
