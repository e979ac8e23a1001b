import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TDocument } from '@vigilo/domain/contracts/documents.ts';
import type { TDecisionRequest, ZHeightenedMeasuresRequest } from '@vigilo/domain/contracts/risk.ts';
import type {
  TCreateTransactionRequest,
  TTransactionDates,
  TTransactionDetail,
  TTransactionListQuery,
  ZPartyCandidate,
  ZTransactionListResponse,
} from '@vigilo/domain/contracts/transactions.ts';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { transactionKeys } from './keys.ts';

export type TPartyCandidate = z.infer<typeof ZPartyCandidate>;
export type TTransactionAnswers = TTransactionDetail['answers'];

function queryString(query: Partial<TTransactionListQuery>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params.toString();
}

/** One page of the Transactions list; search, filters and order run on the server. */
export function useTransactions(query: Partial<TTransactionListQuery>) {
  return useQuery({
    queryKey: transactionKeys.list(query),
    queryFn: () =>
      api<z.infer<typeof ZTransactionListResponse>>('GET', `/api/transactions?${queryString(query)}`),
    placeholderData: keepPreviousData,
  });
}

/** Contacts that could be parties, each with whether it may be added now and, if not, why. */
export function usePartyCandidates(q: string) {
  return useQuery({
    queryKey: transactionKeys.candidates(q),
    queryFn: async () =>
      (
        await api<{ items: TPartyCandidate[] }>(
          'GET',
          `/api/transactions/party-candidates?q=${encodeURIComponent(q)}`,
        )
      ).items,
    placeholderData: keepPreviousData,
  });
}

export function useTransaction(transactionId: string) {
  return useQuery({
    queryKey: transactionKeys.detail(transactionId),
    queryFn: () => api<TTransactionDetail>('GET', `/api/transactions/${transactionId}`),
  });
}

/** A new transaction uses its parties' contact versions: the list and the candidates change. */
export function useCreateTransaction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TCreateTransactionRequest) =>
      api<TTransactionDetail>('POST', '/api/transactions', input),
    onSuccess: (detail) => {
      client.setQueryData(transactionKeys.detail(detail.id), detail);
      return client.invalidateQueries({ queryKey: transactionKeys.all });
    },
  });
}

/** Saves the answers as a draft; the answer tells which follow-up questions now apply. */
export function useSaveTransactionAnswers(transactionId: string) {
  return useMutation({
    mutationFn: (answers: TTransactionAnswers) =>
      api<TTransactionDetail>('PUT', `/api/transactions/${transactionId}/answers`, { answers }),
  });
}

/**
 * Paying or deciding changes the transaction, the wallet, the declarations queue and the notifications:
 * all are refetched.
 */
function useTransactionChanged() {
  const client = useQueryClient();
  return (detail: TTransactionDetail) => {
    client.setQueryData(transactionKeys.detail(detail.id), detail);
    return Promise.all([
      client.invalidateQueries({ queryKey: transactionKeys.all, refetchType: 'none' }),
      client.invalidateQueries({ queryKey: ['org', 'wallet'] }),
      client.invalidateQueries({ queryKey: ['org', 'declarations'] }),
      client.invalidateQueries({ queryKey: ['org', 'notifications'] }),
    ]);
  };
}

/**
 * "Pay and continue": the caller makes one idempotency key per click and sends the same key again when it
 * retries, so a repeated request never pays twice.
 */
export function usePayAndCompute(transactionId: string) {
  const changed = useTransactionChanged();
  return useMutation({
    mutationFn: (idempotencyKey: string) =>
      api<TTransactionDetail>('POST', `/api/transactions/${transactionId}/pay-and-compute`, {
        idempotencyKey,
      }),
    onSuccess: changed,
  });
}

export function useDecideTransaction(transactionId: string) {
  const changed = useTransactionChanged();
  return useMutation({
    mutationFn: (request: TDecisionRequest) =>
      api<TTransactionDetail>('POST', `/api/transactions/${transactionId}/decision`, request),
    onSuccess: changed,
  });
}

/** Records the agreement dates; a late identification notifies the officers, so notifications change too. */
export function useSetTransactionDates(transactionId: string) {
  const changed = useTransactionChanged();
  return useMutation({
    mutationFn: (dates: TTransactionDates) =>
      api<TTransactionDetail>('PUT', `/api/transactions/${transactionId}/dates`, dates),
    onSuccess: changed,
  });
}

export const reportDownloadUrl = (documentId: string) => `/api/documents/${documentId}/download`;

/** The documents attached to a transaction (its report, supporting documents). */
export function useTransactionDocuments(transactionId: string) {
  return useQuery({
    queryKey: [...transactionKeys.detail(transactionId), 'documents'],
    queryFn: async () =>
      (
        await api<{ items: TDocument[] }>(
          'GET',
          `/api/documents?subjectType=transaction&subjectId=${encodeURIComponent(transactionId)}`,
        )
      ).items,
  });
}

/** Records the enhanced measures taken on a heightened transaction (issue 14, item 12). */
export function useRecordTransactionMeasures(transactionId: string) {
  const changed = useTransactionChanged();
  return useMutation({
    mutationFn: (measures: z.input<typeof ZHeightenedMeasuresRequest>) =>
      api<TTransactionDetail>('POST', `/api/transactions/${transactionId}/measures`, measures),
    onSuccess: changed,
  });
}
