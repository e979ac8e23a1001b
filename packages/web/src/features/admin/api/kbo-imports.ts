import { useQuery } from '@tanstack/react-query';
import type { TKboImportRun } from '@vigilo/domain/contracts/kbo.ts';
import { api } from '../../../lib/api.ts';

/** The KBO/BCE extract imports; refreshed every few seconds while one is running (progress). */
export function useKboImports() {
  return useQuery({
    queryKey: ['admin', 'kbo-imports'] as const,
    queryFn: async () => (await api<{ runs: TKboImportRun[] }>('GET', '/api/admin/kbo/imports')).runs,
    refetchInterval: (query) => (query.state.data?.some((run) => run.status === 'running') ? 5000 : false),
  });
}
