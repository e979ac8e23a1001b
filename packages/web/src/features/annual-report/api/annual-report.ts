import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TSessionResponse } from '@vigilo/domain/contracts/accounts.ts';
import type {
  TAnnualNarrative,
  ZAnnualReportResponse,
  ZCreateTrainingRequest,
  ZTrainingsResponse,
} from '@vigilo/domain/contracts/officer-reports.ts';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { sessionKey } from '../../accounts/api/session.ts';
import { downloadFile } from '../../goaml/api/download.ts';

export type TAnnualReport = z.infer<typeof ZAnnualReportResponse>;
export type TTrainings = z.infer<typeof ZTrainingsResponse>;

export const annualKeys = {
  all: ['org', 'annual-report'] as const,
  year: (year: number) => ['org', 'annual-report', year] as const,
  trainings: (year: number) => ['org', 'annual-report', 'trainings', year] as const,
};

export function useAnnualReport(year: number) {
  return useQuery({
    queryKey: annualKeys.year(year),
    queryFn: () => api<TAnnualReport>('GET', `/api/officer-reports/annual?year=${year}`),
  });
}

export function useSaveAnnualReport(year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (narrative: TAnnualNarrative) =>
      api<{ id: string; versionNo: number }>('POST', '/api/officer-reports/annual', { year, narrative }),
    onSuccess: () => client.invalidateQueries({ queryKey: annualKeys.all }),
  });
}

export function useTrainings(year: number) {
  return useQuery({
    queryKey: annualKeys.trainings(year),
    queryFn: () => api<TTrainings>('GET', `/api/officer-reports/trainings?year=${year}`),
  });
}

export function useRecordTraining() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof ZCreateTrainingRequest>) =>
      api('POST', '/api/officer-reports/trainings', input),
    onSuccess: () => client.invalidateQueries({ queryKey: annualKeys.all }),
  });
}

export function useDeleteTraining() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api('DELETE', `/api/officer-reports/trainings/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: annualKeys.all }),
  });
}

/** A saved version's PDF in one of the three languages. */
export function useDownloadPdf() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (url: string) =>
      downloadFile('GET', url, client.getQueryData<TSessionResponse>(sessionKey)?.csrfToken),
  });
}
