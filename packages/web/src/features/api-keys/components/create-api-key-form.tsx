import { Checkbox, NumberInput, Stack, TextInput } from '@mantine/core';
import { apiKeyRateLimit, type TApiKeyScope } from '@vigilo/domain/contracts/api-keys.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreationCard } from '../../../components/creation-card.tsx';
import { fieldError } from '../../../components/error-alert.tsx';
import { useCreateApiKey } from '../api/api-keys.ts';

type TProps = { grantableScopes: TApiKeyScope[]; onCreated: (token: string) => void };

/** Name, scopes and per-minute limit of a new key; the token comes back once, to `onCreated`. */
export function CreateApiKeyForm({ grantableScopes, onCreated }: TProps) {
  const { t } = useTranslation('api-keys');
  const create = useCreateApiKey();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<TApiKeyScope[]>([]);
  const [rateLimit, setRateLimit] = useState<number>(apiKeyRateLimit.default);
  const submit = () =>
    create.mutate(
      { name, scopes, rateLimitPerMinute: rateLimit },
      {
        onSuccess: (created) => {
          setName('');
          setScopes([]);
          onCreated(created.token);
        },
      },
    );
  return (
    <CreationCard
      title={t('create.title')}
      mutation={create}
      submitLabel={t('create.submit')}
      canSubmit={scopes.length > 0}
      submitTestId="api-key-create"
      onSubmit={submit}
    >
      <TextInput
        label={t('create.name')}
        description={t('create.nameHint')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={fieldError(create.error, 'name')}
        required
        maxLength={80}
        data-testid="api-key-name"
      />
      <Checkbox.Group
        label={t('create.scopes')}
        value={scopes}
        onChange={(value) => setScopes(value as TApiKeyScope[])}
        error={fieldError(create.error, 'scopes')}
      >
        <Stack gap="xs" mt="xs">
          {grantableScopes.map((scope) => (
            <Checkbox
              key={scope}
              value={scope}
              label={t(`scopes.${scope.replace(':', '_')}.label`)}
              description={t(`scopes.${scope.replace(':', '_')}.description`)}
              data-testid={`api-key-scope-${scope}`}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <NumberInput
        label={t('create.rateLimit')}
        min={apiKeyRateLimit.min}
        max={apiKeyRateLimit.max}
        value={rateLimit}
        onChange={(value) => setRateLimit(Number(value) || apiKeyRateLimit.default)}
        error={fieldError(create.error, 'rateLimitPerMinute')}
      />
    </CreationCard>
  );
}
