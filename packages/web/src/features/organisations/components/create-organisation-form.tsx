import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { errorCode, fieldOrCodeError } from '../../../components/form-errors.ts';
import { useCreateOrganisation } from '../api/my-organisations.ts';
import { EnterpriseNumberInput } from './enterprise-number-input.tsx';
import { emptyOrganisationFields, OrganisationFields } from './organisation-fields.tsx';

const numberCodes = ['invalid_enterprise_number', 'organisation_exists'] as const;

type TProps = {
  enterpriseNumber: string;
  setEnterpriseNumber: (value: string) => void;
  onSwitchToJoin: () => void;
  onDone: () => void;
};

/** Creates the agency; its creator becomes its manager and works in it at once. */
export function CreateOrganisationForm({
  enterpriseNumber,
  setEnterpriseNumber,
  onSwitchToJoin,
  onDone,
}: TProps) {
  const { t } = useTranslation('organisations');
  const create = useCreateOrganisation();
  const [fields, setFields] = useState(emptyOrganisationFields);
  const [jobTitle, setJobTitle] = useState('');
  const code = errorCode(create.error);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate({ enterpriseNumber, jobTitle, ...fields }, { onSuccess: onDone });
      }}
    >
      <Stack>
        {code && !numberCodes.includes(code as never) && <ErrorAlert error={create.error} />}
        <EnterpriseNumberInput
          value={enterpriseNumber}
          onChange={setEnterpriseNumber}
          error={fieldOrCodeError(t, create.error, 'enterpriseNumber', numberCodes)}
        />
        {code === 'organisation_exists' && (
          <Group>
            <Button variant="light" size="xs" onClick={onSwitchToJoin}>
              {t('add.joinInstead')}
            </Button>
          </Group>
        )}
        <OrganisationFields value={fields} onChange={setFields} error={create.error} />
        <TextInput
          name="jobTitle"
          label={t('fields.myJobTitle')}
          value={jobTitle}
          error={fieldOrCodeError(t, create.error, 'jobTitle')}
          onChange={(e) => setJobTitle(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending} data-testid="create-organisation">
            {t('add.createSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
