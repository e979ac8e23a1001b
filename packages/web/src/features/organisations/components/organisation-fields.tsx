import { Autocomplete, Group, SimpleGrid, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { fieldOrCodeError } from '../../../components/form-errors.ts';

export type TOrganisationFieldValues = {
  name: string;
  legalForm: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  vatNumber: string;
  bivNumber: string;
  email: string;
  phone: string;
};

export const emptyOrganisationFields: TOrganisationFieldValues = {
  name: '',
  legalForm: '',
  street: '',
  postalCode: '',
  city: '',
  country: 'BE',
  vatNumber: '',
  bivNumber: '',
  email: '',
  phone: '',
};

const legalFormKeys = ['srl', 'sa', 'sc', 'snc', 'scomm', 'asbl', 'individual'] as const;

function legalForms(t: TFunction) {
  return legalFormKeys.map((key) => t(`organisations:legalForms.${key}`));
}

type TProps = {
  value: TOrganisationFieldValues;
  onChange: (value: TOrganisationFieldValues) => void;
  error: unknown;
  readOnly?: boolean;
};

/** The organisation's identity and contact data, shared by the creation form and the details page. */
export function OrganisationFields({ value, onChange, error, readOnly = false }: TProps) {
  const { t } = useTranslation('organisations');
  const text = (field: keyof TOrganisationFieldValues) => ({
    name: field,
    value: value[field],
    readOnly,
    error: fieldOrCodeError(t, error, field),
    onChange: (e: React.ChangeEvent<HTMLInputElement>) =>
      onChange({ ...value, [field]: e.currentTarget.value }),
  });
  return (
    <>
      <TextInput {...text('name')} label={t('fields.name')} required />
      <Autocomplete
        name="legalForm"
        label={t('fields.legalForm')}
        data={legalForms(t)}
        value={value.legalForm}
        readOnly={readOnly}
        error={fieldOrCodeError(t, error, 'legalForm')}
        onChange={(legalForm) => onChange({ ...value, legalForm })}
      />
      <TextInput {...text('street')} label={t('fields.street')} />
      <Group grow align="flex-start">
        <TextInput {...text('postalCode')} label={t('fields.postalCode')} />
        <TextInput {...text('city')} label={t('fields.city')} />
        <TextInput {...text('country')} label={t('fields.country')} maxLength={2} />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput {...text('vatNumber')} label={t('fields.vatNumber')} />
        <TextInput {...text('bivNumber')} label={t('fields.bivNumber')} />
        <TextInput {...text('email')} label={t('fields.email')} type="email" />
        <TextInput {...text('phone')} label={t('fields.phone')} type="tel" />
      </SimpleGrid>
    </>
  );
}
