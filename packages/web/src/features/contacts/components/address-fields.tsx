import { Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TAddressDraft } from './contact-draft.ts';
import { CountrySelect } from './country-select.tsx';

type TProps = {
  /** The field path, e.g. `address` or `registeredOffice`: inputs are named and matched to errors by it. */
  path: string;
  value: TAddressDraft;
  onChange: (value: TAddressDraft) => void;
  errorOf: (field: string) => string | undefined;
};

/** Street, postal code, city and country; each error appears under its own input. */
export function AddressFields({ path, value, onChange, errorOf }: TProps) {
  const { t } = useTranslation('contacts');
  const text = (key: 'street' | 'postalCode' | 'city') => ({
    name: `${path}.${key}`,
    label: t(`fields.address.${key}`),
    value: value[key],
    error: errorOf(`${path}.${key}`),
    required: true,
    onChange: (e: React.ChangeEvent<HTMLInputElement>) =>
      onChange({ ...value, [key]: e.currentTarget.value }),
  });
  return (
    <>
      <TextInput {...text('street')} />
      <Group grow align="flex-start">
        <TextInput {...text('postalCode')} />
        <TextInput {...text('city')} />
        <CountrySelect
          name={`${path}.country`}
          label={t('fields.address.country')}
          value={value.country || null}
          error={errorOf(`${path}.country`)}
          required
          onChange={(country) => onChange({ ...value, country: country ?? '' })}
        />
      </Group>
    </>
  );
}
