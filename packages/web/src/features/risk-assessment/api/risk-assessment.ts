import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ZRiskAssessmentResponse } from '@vigilo/domain/contracts/officer-reports.ts';
import type { TRiskAssessmentContent } from '@vigilo/domain/officer-reports/index.ts';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';

export type TRiskAssessmentView = z.infer<typeof ZRiskAssessmentResponse>;

export const riskAssessmentKey = ['org', 'risk-assessment'] as const;

/** The agency's overall risk assessment (M11): the current version and the earlier ones. */
export function useRiskAssessment() {
  return useQuery({
    queryKey: riskAssessmentKey,
    queryFn: () => api<TRiskAssessmentView>('GET', '/api/officer-reports/risk-assessment'),
  });
}

export function useSaveRiskAssessment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { content: TRiskAssessmentContent; reviewedOn: string }) =>
      api<{ id: string; versionNo: number }>('POST', '/api/officer-reports/risk-assessment', input),
    onSuccess: () => client.invalidateQueries({ queryKey: riskAssessmentKey }),
  });
}
