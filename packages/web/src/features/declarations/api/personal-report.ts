import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TSessionResponse } from '@vigilo/domain/contracts/accounts.ts';
import type { TPersonalGoAmlReportResponse } from '@vigilo/domain/contracts/goaml.ts';
import type { TCaseOfficersResponse } from '@vigilo/domain/contracts/risk.ts';
import { api } from '../../../lib/api.ts';
import { sessionKey } from '../../accounts/api/session.ts';
import { downloadFile } from '../../goaml/api/download.ts';

const personalKeys = {
  officers: ['org', 'declarations', 'officers'] as const,
  report: (subjectId: string) => ['org', 'goaml', 'personal', subjectId] as const,
};

/** The AML officers, to name the one a personal report concerns (loaded when the form opens). */
export function useCaseOfficers(enabled: boolean) {
  return useQuery({
    queryKey: personalKeys.officers,
    queryFn: () => api<TCaseOfficersResponse>('GET', '/api/declarations/officers'),
    enabled,
  });
}

/** The goAML report of the user's own personal report on a case (null when it is not theirs). */
export function usePersonalGoAmlReport(subjectId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: personalKeys.report(subjectId ?? ''),
    queryFn: () =>
      api<TPersonalGoAmlReportResponse>('GET', `/api/goaml/personal-reports?subjectId=${subjectId}`),
    enabled: enabled && subjectId !== undefined,
  });
}

function useRefresh(subjectId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: personalKeys.report(subjectId) });
}

/** Downloads the goAML file of the user's own report; the server refuses a file its schema rejects. */
export function useDownloadPersonalGoAml(subjectId: string, reportId: string) {
  const client = useQueryClient();
  const refresh = useRefresh(subjectId);
  return useMutation({
    mutationFn: () =>
      downloadFile(
        'POST',
        `/api/goaml/personal-reports/${reportId}/download`,
        client.getQueryData<TSessionResponse>(sessionKey)?.csrfToken,
      ),
    onSettled: refresh,
  });
}

export function useRecordPersonalSubmission(subjectId: string, reportId: string) {
  const refresh = useRefresh(subjectId);
  return useMutation({
    mutationFn: (input: { submittedOn: string; reference: string }) =>
      api('POST', `/api/goaml/personal-reports/${reportId}/submission`, input),
    onSuccess: refresh,
  });
}
