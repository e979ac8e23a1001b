import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TSessionResponse } from '@vigilo/domain/contracts/accounts.ts';
import type {
  TGoAmlReportDetail,
  TGoAmlReportSummary,
  TGoAmlSettings,
  TGoAmlTextsView,
  ZGoAmlProfileListResponse,
  ZGoAmlSettingsResponse,
} from '@vigilo/domain/contracts/goaml.ts';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { sessionKey } from '../../accounts/api/session.ts';
import { downloadFile } from './download.ts';

export type TGoAmlSettingsView = z.infer<typeof ZGoAmlSettingsResponse>;
export type TGoAmlProfiles = z.infer<typeof ZGoAmlProfileListResponse>;

export const goamlKeys = {
  all: ['org', 'goaml'] as const,
  list: ['org', 'goaml', 'reports'] as const,
  detail: (id: string) => ['org', 'goaml', 'report', id] as const,
  settings: ['org', 'goaml', 'settings'] as const,
  profiles: ['admin', 'goaml', 'profiles'] as const,
};

export function useGoAmlReports() {
  return useQuery({
    queryKey: goamlKeys.list,
    queryFn: () => api<{ items: TGoAmlReportSummary[] }>('GET', '/api/goaml/reports'),
  });
}

/** The report with its preview and the schema's verdict (validated on the server at each read). */
export function useGoAmlReport(id: string) {
  return useQuery({
    queryKey: goamlKeys.detail(id),
    queryFn: () => api<TGoAmlReportDetail>('GET', `/api/goaml/reports/${id}`),
  });
}

export function useGoAmlSettings() {
  return useQuery({
    queryKey: goamlKeys.settings,
    queryFn: () => api<TGoAmlSettingsView>('GET', '/api/goaml/settings'),
  });
}

function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: goamlKeys.all });
}

export function useSaveGoAmlSettings() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: TGoAmlSettings) => api<TGoAmlSettingsView>('PUT', '/api/goaml/settings', input),
    onSuccess: refresh,
  });
}

export function useUpdateGoAmlTexts(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (texts: Partial<TGoAmlTextsView>) => api('PATCH', `/api/goaml/reports/${id}`, texts),
    onSuccess: refresh,
  });
}

/** Downloads the XML; the server refuses (422, with details) a file its schema rejects. */
export function useDownloadGoAml(id: string) {
  const client = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () =>
      downloadFile(
        'POST',
        `/api/goaml/reports/${id}/download`,
        client.getQueryData<TSessionResponse>(sessionKey)?.csrfToken,
      ),
    onSettled: refresh,
  });
}

export function useRecordSubmission(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: { submittedOn: string; reference: string }) =>
      api('POST', `/api/goaml/reports/${id}/submission`, input),
    onSuccess: refresh,
  });
}

export function useRecordAnswer(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: { answeredOn: string; answer: string; comment: string }) =>
      api('POST', `/api/goaml/reports/${id}/answer`, input),
    onSuccess: refresh,
  });
}

export function useCreateFollowUp(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () => api<{ id: string }>('POST', `/api/goaml/reports/${id}/follow-up`),
    onSuccess: refresh,
  });
}

export function useGoAmlProfiles(enabled: boolean) {
  return useQuery({
    queryKey: goamlKeys.profiles,
    queryFn: () => api<TGoAmlProfiles>('GET', '/api/admin/goaml/profiles'),
    enabled,
  });
}

export function useUploadGoAmlProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      name: string;
      xsdFilename: string;
      xsd: string;
      mapping: unknown;
      activate: boolean;
    }) => api<{ id: string }>('POST', '/api/admin/goaml/profiles', input),
    onSuccess: () => client.invalidateQueries({ queryKey: goamlKeys.profiles }),
  });
}

export function useActivateGoAmlProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (profileId: string | null) =>
      api<TGoAmlProfiles>('POST', '/api/admin/goaml/active-profile', { profileId }),
    onSuccess: (data) => client.setQueryData(goamlKeys.profiles, data),
  });
}

/** The goAML reports of one case (risk profile or transaction). */
export function useCaseGoAmlReports(subjectId: string) {
  return useQuery({
    queryKey: [...goamlKeys.list, subjectId],
    queryFn: () => api<{ items: TGoAmlReportSummary[] }>('GET', `/api/goaml/reports?subjectId=${subjectId}`),
  });
}

/** Prepares the report of a case reported before goAML reports existed (idempotent on the server). */
export function usePrepareGoAmlReport() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: { subjectType: 'risk_profile' | 'transaction'; subjectId: string }) =>
      api<{ id: string }>('POST', '/api/goaml/reports', input),
    onSuccess: refresh,
  });
}
