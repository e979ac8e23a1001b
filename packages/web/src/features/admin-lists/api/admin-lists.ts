import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import type { TListImportResult, TListVersion } from '../../screening/api/types.ts';
import { uploadFile } from '../../screening/api/upload-file.ts';

/** The high-risk jurisdiction lists in force (FATF call for action and increased monitoring, EU list). */
export type TCountryRisk = {
  version: number;
  publishedOn: string;
  lists: {
    fatfCallForAction: string[];
    fatfIncreasedMonitoring: string[];
    euHighRiskThirdCountries: string[];
  };
};

export type TPublishCountryRisk = TCountryRisk['lists'] & { publishedOn: string };

/** Platform-wide data: not under `['org']`, the active organisation does not change it. */
export const adminListKeys = {
  versions: ['admin', 'lists'] as const,
  countryRisk: ['admin', 'country-risk'] as const,
};

/** The latest imported versions of the official lists, newest first. */
export function useListVersions() {
  return useQuery({
    queryKey: adminListKeys.versions,
    queryFn: async () => (await api<{ versions: TListVersion[] }>('GET', '/api/admin/lists')).versions,
  });
}

/** Imports a list file (EU, UN, OFAC, Belgian list, OpenSanctions); contacts are screened again after it. */
export function useUploadList() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, source }: { file: File; source: string }) =>
      uploadFile<TListImportResult>(client, '/api/admin/lists', file, source ? { source } : {}),
    onSuccess: () => client.invalidateQueries({ queryKey: adminListKeys.versions }),
  });
}

export function useCountryRisk() {
  return useQuery({
    queryKey: adminListKeys.countryRisk,
    queryFn: async () =>
      (await api<{ current: TCountryRisk | null }>('GET', '/api/admin/country-risk')).current,
  });
}

/** Publishes a new version of the high-risk jurisdiction lists (e.g. after a FATF plenary). */
export function usePublishCountryRisk() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TPublishCountryRisk) =>
      api<{ current: TCountryRisk | null }>('POST', '/api/admin/country-risk', input),
    onSuccess: (response) => client.setQueryData(adminListKeys.countryRisk, response.current),
  });
}
