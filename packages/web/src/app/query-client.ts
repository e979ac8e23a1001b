import { notifications } from '@mantine/notifications';
import { MutationCache, QueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import { ApiError } from '../lib/api.ts';

/**
 * What a failed action tells the user, in the interface language: the API's own message (already
 * translated by the server, with its facts, e.g. the missing amount), else a generic one. Never silent.
 */
export function mutationErrorMessage(error: unknown): string {
  if (error instanceof ApiError && error.body.message) return error.body.message;
  if (error instanceof ApiError) return i18next.t(`errors:${error.body.code}`);
  return i18next.t('errors:internal_error');
}

/**
 * A refusal because the data changed elsewhere (already paid in another tab, already decided by a
 * colleague, gone): the page shows stale data, so everything on screen is fetched again.
 */
function isStale(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 409);
}

function hasFieldMessages(error: unknown): boolean {
  return error instanceof ApiError && (error.body.details ?? []).length > 0;
}

/** The one pattern for every mutation of the app: a red notification with the message, then a refresh if stale. */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
    mutationCache: new MutationCache({
      onError: (error) => {
        // A refused form shows each message under its field (ErrorAlert's fieldError): a second copy
        // over the page would only hide the form.
        if (hasFieldMessages(error)) return;
        notifications.show({
          color: 'red',
          title: i18next.t('errors:title'),
          message: mutationErrorMessage(error),
          withBorder: true,
          'data-testid': 'mutation-error',
        } as Parameters<typeof notifications.show>[0]);
        if (isStale(error)) void client.invalidateQueries();
      },
    }),
  });
  return client;
}
