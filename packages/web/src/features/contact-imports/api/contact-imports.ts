import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TImportMapping } from '@vigilo/domain/contacts/contact-import.ts';
import type { TContactImport, TContactImportPreview } from '@vigilo/domain/contracts/contact-imports.ts';
import { api } from '../../../lib/api.ts';
import { uploadFile } from '../../screening/api/upload-file.ts';

const importsKey = ['contact-imports'] as const;

export type TImportRowOutcome = {
  rowNo: number;
  status: 'pending' | 'invalid' | 'imported' | 'duplicate' | 'failed';
  contactId: string | null;
  hitCount: number;
  errors: { field: string; code: string; message: string }[];
};

export function useImports() {
  return useQuery({
    queryKey: importsKey,
    queryFn: () => api<{ imports: TContactImport[] }>('GET', '/api/contact-imports'),
  });
}

/** The import, polled every second while its job runs: the progress bar follows it. */
export function useImport(id: string | null) {
  return useQuery({
    queryKey: [...importsKey, id],
    queryFn: () => api<TContactImport>('GET', `/api/contact-imports/${id}`),
    enabled: id !== null,
    refetchInterval: (query) =>
      query.state.data?.status === 'queued' || query.state.data?.status === 'running' ? 1000 : false,
  });
}

export function usePreview(id: string | null, mapping: TImportMapping | undefined) {
  return useQuery({
    queryKey: [...importsKey, id, 'preview', mapping],
    queryFn: () => api<TContactImportPreview>('GET', `/api/contact-imports/${id}/preview`),
    enabled: id !== null && mapping !== undefined,
  });
}

export function useImportRows(id: string | null, enabled: boolean) {
  return useQuery({
    queryKey: [...importsKey, id, 'rows'],
    queryFn: () => api<{ rows: TImportRowOutcome[] }>('GET', `/api/contact-imports/${id}/rows`),
    enabled: id !== null && enabled,
  });
}

function useImportMutation<TInput, TOutput>(request: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importsKey }),
  });
}

export function useUploadImport() {
  const queryClient = useQueryClient();
  return useImportMutation((file: File) =>
    uploadFile<{ import: TContactImport; alreadyUploaded: boolean }>(
      queryClient,
      '/api/contact-imports',
      file,
    ),
  );
}

export const useUpdateMapping = () =>
  useImportMutation((input: { id: string; mapping: TImportMapping }) =>
    api<TContactImport>('PUT', `/api/contact-imports/${input.id}/mapping`, { mapping: input.mapping }),
  );
export const useConfirmImport = () =>
  useImportMutation((input: { id: string; acceptPartial: boolean }) =>
    api<TContactImport>('POST', `/api/contact-imports/${input.id}/confirm`, {
      acceptPartial: input.acceptPartial,
    }),
  );
export const useCancelImport = () =>
  useImportMutation((id: string) => api<TContactImport>('POST', `/api/contact-imports/${id}/cancel`));
