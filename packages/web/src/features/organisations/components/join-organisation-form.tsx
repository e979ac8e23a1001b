import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { errorCode, fieldOrCodeError } from '../../../components/form-errors.ts';
import { useJoinOrganisation } from '../api/my-organisations.ts';
import { EnterpriseNumberInput } from './enterprise-number-input.tsx';

const numberCodes = ['invalid_enterprise_number', 'organisation_not_found', 'already_member'] as const;
const empty = { jobTitle: '', contactEmail: '', phone: '' };

type TProps = {
  enterpriseNumber: string;
  setEnterpriseNumber: (value: string) => void;
  onSwitchToCreate: () => void;
  onDone: () => void;
};

/** Asks to join an agency that already uses Vigilo; its managers are told and must confirm. */
export function JoinOrganisationForm({
  enterpriseNumber,
  setEnterpriseNumber,
  onSwitchToCreate,
  onDone,
}: TProps) {
  const { t } = useTranslation('organisations');
  const join = useJoinOrganisation();
  const [form, setForm] = useState(empty);
  const code = errorCode(join.error);
  const text = (field: keyof typeof empty) => ({
    name: field,
    value: form[field],
    error: fieldOrCodeError(t, join.error, field),
    onChange: (e: React.ChangeEvent<HTMLInputElement>) =>
      setForm({ ...form, [field]: e.currentTarget.value }),
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        join.mutate(
          { enterpriseNumber, ...form },
          {
            onSuccess: () => {
              setForm(empty);
              setEnterpriseNumber('');
              onDone();
            },
          },
        );
      }}
    >
      <Stack>
        {join.isSuccess && (
          <Alert color="blue" data-testid="join-requested">
            {t('add.joinRequested', { name: join.data.organisation.name })}
          </Alert>
        )}
        {code && !numberCodes.includes(code as never) && <ErrorAlert error={join.error} />}
        <EnterpriseNumberInput
          value={enterpriseNumber}
          onChange={setEnterpriseNumber}
          error={fieldOrCodeError(t, join.error, 'enterpriseNumber', numberCodes)}
        />
        {code === 'organisation_not_found' && (
          <Group>
            <Button variant="light" size="xs" onClick={onSwitchToCreate}>
              {t('add.createInstead')}
            </Button>
          </Group>
        )}
        <TextInput {...text('jobTitle')} label={t('fields.myJobTitle')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            {...text('contactEmail')}
            label={t('fields.contactEmail')}
            type="email"
            description={t('fields.contactEmailHint')}
          />
          <TextInput {...text('phone')} label={t('fields.phone')} type="tel" />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={join.isPending} data-testid="join-organisation">
            {t('add.joinSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
