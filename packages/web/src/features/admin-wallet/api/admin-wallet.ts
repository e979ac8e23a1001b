import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TSessionResponse } from '@vigilo/domain/contracts/accounts.ts';
import type {
  TPriceListVersion,
  TPublishPriceListRequest,
  TStatementImportResult,
  TStatementLine,
} from '@vigilo/domain/contracts/wallet.ts';
import i18next from 'i18next';
import { ApiError, api } from '../../../lib/api.ts';
import { sessionKey } from '../../accounts/api/session.ts';

/** Query keys of the wallet administration (platform administrator). */
export const adminWalletKeys = {
  prices: ['admin', 'wallet', 'prices'] as const,
  lines: (status: string) => ['admin', 'wallet', 'lines', status] as const,
  linesAll: ['admin', 'wallet', 'lines'] as const,
};

export function usePriceLists() {
  return useQuery({
    queryKey: adminWalletKeys.prices,
    queryFn: async () => (await api<{ versions: TPriceListVersion[] }>('GET', '/api/admin/prices')).versions,
  });
}

export function usePublishPriceList() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TPublishPriceListRequest) =>
      api<TPriceListVersion>('POST', '/api/admin/prices', input),
    onSuccess: () => client.invalidateQueries({ queryKey: adminWalletKeys.prices }),
  });
}

export function useStatementLines(status: 'unmatched' | 'matched' | 'assigned') {
  return useQuery({
    queryKey: adminWalletKeys.lines(status),
    queryFn: async () =>
      (await api<{ lines: TStatementLine[] }>('GET', `/api/admin/bank-statements/lines?status=${status}`))
        .lines,
  });
}

/** Uploads a CAMT.053 file as multipart; the CSRF token is read from the session, as `api()` does. */
export function useImportStatement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.set('file', file);
      const csrf = client.getQueryData<TSessionResponse>(sessionKey)?.csrfToken;
      const res = await fetch('/api/admin/bank-statements', {
        method: 'POST',
        body: form,
        credentials: 'same-origin',
        headers: { 'accept-language': i18next.language, ...(csrf ? { 'x-csrf-token': csrf } : {}) },
      });
      const data = res.headers.get('content-type')?.includes('json') ? await res.json() : null;
      if (!res.ok) throw new ApiError(res.status, data ?? { code: 'internal_error', message: '' });
      return data as TStatementImportResult;
    },
    onSuccess: () => client.invalidateQueries({ queryKey: adminWalletKeys.linesAll }),
  });
}

export function useAssignStatementLine() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ lineId, enterpriseNumber }: { lineId: string; enterpriseNumber: string }) =>
      api<TStatementLine>('POST', `/api/admin/bank-statements/lines/${lineId}/assign`, { enterpriseNumber }),
    onSuccess: () => client.invalidateQueries({ queryKey: adminWalletKeys.linesAll }),
  });
}
