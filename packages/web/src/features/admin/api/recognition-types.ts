import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TRecognitionType,
  ZCreateRecognitionTypeRequest,
  ZUpdateRecognitionTypeRequest,
} from '@vigilo/domain/contracts/admin.ts';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { organisationKeys } from '../../organisations/api/keys.ts';
import { adminKeys } from './keys.ts';

export type TCreateRecognitionTypeInput = z.input<typeof ZCreateRecognitionTypeRequest>;
export type TUpdateRecognitionTypeInput = z.input<typeof ZUpdateRecognitionTypeRequest>;

export function useRecognitionTypes() {
  return useQuery({
    queryKey: adminKeys.recognitionTypes,
    queryFn: async () =>
      (await api<{ types: TRecognitionType[] }>('GET', '/api/admin/recognition-types')).types,
  });
}

/** Which recognitions are required decides who may get tool access. */
function useRefreshRecognitionTypes() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: organisationKeys.activeScope });
    return client.invalidateQueries({ queryKey: adminKeys.recognitionTypes });
  };
}

export function useCreateRecognitionType() {
  const refresh = useRefreshRecognitionTypes();
  return useMutation({
    mutationFn: (input: TCreateRecognitionTypeInput) =>
      api<TRecognitionType>('POST', '/api/admin/recognition-types', input),
    onSuccess: refresh,
  });
}

export function useUpdateRecognitionType() {
  const refresh = useRefreshRecognitionTypes();
  return useMutation({
    mutationFn: ({ code, ...input }: TUpdateRecognitionTypeInput & { code: string }) =>
      api<TRecognitionType>('PATCH', `/api/admin/recognition-types/${code}`, input),
    onSuccess: refresh,
  });
}
