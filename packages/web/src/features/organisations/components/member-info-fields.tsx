import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldOrCodeError } from '../../../components/form-errors.ts';

export type TMemberInfo = { jobTitle: string; contactEmail: string; phone: string };

type TProps = { value: TMemberInfo; onChange: (value: TMemberInfo) => void; error: unknown };

/** A member's information within this organisation (function, contact e-mail, phone). */
export function MemberInfoFields({ value, onChange, error }: TProps) {
  const { t } = useTranslation('organisations');
  const text = (field: keyof TMemberInfo) => ({
    name: field,
    value: value[field],
    error: fieldOrCodeError(t, error, field),
    onChange: (e: React.ChangeEvent<HTMLInputElement>) =>
      onChange({ ...value, [field]: e.currentTarget.value }),
  });
  return (
    <>
      <TextInput {...text('jobTitle')} label={t('fields.jobTitle')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput {...text('contactEmail')} label={t('fields.contactEmail')} type="email" />
        <TextInput {...text('phone')} label={t('fields.phone')} type="tel" />
      </SimpleGrid>
    </>
  );
}
