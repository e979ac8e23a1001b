import { notificationsStore } from '@mantine/notifications';
import i18next from 'i18next';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import errors from '../../../domain/locales/fr/errors.json' with { type: 'json' };
import { ApiError } from '../lib/api.ts';
import { createQueryClient } from './query-client.ts';

/** Runs one mutation that fails with `error` through the app's client, as a page's useMutation would. */
async function failOnce(error: unknown) {
  const client = createQueryClient();
  client.setQueryData(['wallet'], { balance: 100 });
  const mutation = client.getMutationCache().build(client, { mutationFn: () => Promise.reject(error) });
  await mutation.execute(undefined).catch(() => {});
  return client;
}

const shown = () => notificationsStore.getState().notifications.map((n) => String(n.message));

beforeAll(() => i18next.init({ lng: 'fr', resources: { fr: { errors } } }));

describe('every failed action is shown', () => {
  beforeEach(() => notificationsStore.setState({ ...notificationsStore.getState(), notifications: [] }));

  it("shows the API's translated message, with its facts (too little money for a subscription)", async () => {
    const client = await failOnce(
      new ApiError(402, { code: 'insufficient_funds', message: 'Solde insuffisant : il manque 12,00 €.' }),
    );
    expect(shown()).toEqual(['Solde insuffisant : il manque 12,00 €.']);
    expect(client.getQueryState(['wallet'])?.isInvalidated).toBe(false);
  });

  it('leaves the messages of a refused form to its fields', async () => {
    await failOnce(
      new ApiError(400, {
        code: 'invalid_enterprise_number',
        message: "Ce numéro d'entreprise belge n'est pas valide.",
        details: [
          {
            field: 'enterpriseNumber',
            code: 'invalid_enterprise_number',
            message: "Ce numéro d'entreprise belge n'est pas valide.",
          },
        ],
      }),
    );
    expect(shown()).toEqual([]);
  });

  it('shows a message for a network failure too', async () => {
    await failOnce(new TypeError('Failed to fetch'));
    expect(shown()).toHaveLength(1);
  });

  it('refreshes what is on screen when the data changed elsewhere (paid in another tab)', async () => {
    const client = await failOnce(new ApiError(409, { code: 'conflict', message: 'Déjà payé.' }));
    expect(shown()).toEqual(['Déjà payé.']);
    expect(client.getQueryState(['wallet'])?.isInvalidated).toBe(true);
  });
});
