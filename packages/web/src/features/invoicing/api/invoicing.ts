import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TAdminInvoice, TInvoiceSummary } from '@vigilo/domain/contracts/invoicing.ts';
import { api } from '../../../lib/api.ts';

/** Query keys: the organisation's under `['org']` (dropped on switching organisation). */
export const invoicingKeys = {
  mine: ['org', 'invoices'] as const,
  admin: ['admin', 'invoices'] as const,
  month: (month: string) => ['admin', 'invoices', month] as const,
  detail: (id: string) => ['admin', 'invoices', 'detail', id] as const,
};

export function useInvoices(enabled: boolean) {
  return useQuery({
    queryKey: invoicingKeys.mine,
    queryFn: async () => (await api<{ invoices: TInvoiceSummary[] }>('GET', '/api/invoices')).invoices,
    enabled,
  });
}

export type TVatTotal = { vatRateBasisPoints: number; taxableCents: number; vatCents: number };
export type TAdminMonth = {
  month: string;
  documents: TAdminInvoice[];
  organisationsBilled: number;
  vatTotals: TVatTotal[];
  failures: TAdminInvoice[];
};

export function useAdminMonth(month: string) {
  return useQuery({
    queryKey: invoicingKeys.month(month),
    queryFn: () => api<TAdminMonth>('GET', `/api/admin/invoices?month=${encodeURIComponent(month)}`),
  });
}

export type TAdminInvoiceDetail = TAdminInvoice & {
  lines: {
    id: string;
    lineNo: number;
    product: string;
    quantity: number;
    netCents: number;
    vatCents: number;
    credited: boolean;
  }[];
};

export function useAdminInvoice(id: string | null) {
  return useQuery({
    queryKey: invoicingKeys.detail(id ?? ''),
    queryFn: () => api<TAdminInvoiceDetail>('GET', `/api/admin/invoices/${id}`),
    enabled: id !== null,
  });
}

export function useRunInvoicing() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (day: string) =>
      api<{ periodKey: string; queued: true }>('POST', '/api/admin/invoice-runs', { day }),
    onSuccess: () => client.invalidateQueries({ queryKey: invoicingKeys.admin }),
  });
}

export function useCreditNote() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { invoiceId: string; lineIds: string[] }) =>
      api<{ id: string; number: string }>('POST', `/api/admin/invoices/${input.invoiceId}/credit-notes`, {
        lineIds: input.lineIds,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: invoicingKeys.admin }),
  });
}
