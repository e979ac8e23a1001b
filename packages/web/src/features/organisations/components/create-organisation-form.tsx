import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { TKboEnterprise } from '@vigilo/domain/contracts/kbo.ts';
import { parseEnterpriseNumber } from '@vigilo/domain/identifiers/enterprise-number.ts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { errorCode, fieldOrCodeError } from '../../../components/form-errors.ts';
import { formatDate } from '../../../components/format-date.ts';
import { useKboEnterprise } from '../../contacts/api/kbo.ts';
import { useCreateOrganisation } from '../api/my-organisations.ts';
import { EnterpriseNumberInput } from './enterprise-number-input.tsx';
import { emptyOrganisationFields, OrganisationFields } from './organisation-fields.tsx';
import { applyKboToOrganisation } from './organisation-kbo.ts';

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
  const { t, i18n } = useTranslation('organisations');
  const create = useCreateOrganisation();
  const [fields, setFields] = useState(emptyOrganisationFields);
  const [jobTitle, setJobTitle] = useState('');
  const code = errorCode(create.error);
  // Typing a valid number fills the agency's data in from the KBO extract, when one is loaded.
  const parsed = parseEnterpriseNumber(enterpriseNumber);
  const number = parsed.ok ? String(parsed.value) : null;
  const kbo = useKboEnterprise(number);
  const [filledFrom, setFilledFrom] = useState<TKboEnterprise | null>(null);
  useEffect(() => {
    if (!kbo.data || kbo.data.enterpriseNumber === filledFrom?.enterpriseNumber) return;
    const found = kbo.data;
    setFields((f) => applyKboToOrganisation(f, found));
    setFilledFrom(found);
  }, [kbo.data, filledFrom]);
  const filled = filledFrom !== null && filledFrom.enterpriseNumber === number ? filledFrom : null;
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
        {filled && (
          <Text size="sm" c="blue.8" data-testid="organisation-kbo-filled">
            {filled.source.snapshotDate
              ? t('add.kboFilled', { date: formatDate(filled.source.snapshotDate, i18n.language) })
              : t('add.kboFilledUndated')}
          </Text>
        )}
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
