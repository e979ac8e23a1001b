import { TextInput } from '@mantine/core';
import {
  formatEnterpriseNumber,
  parseEnterpriseNumber,
} from '@vigilo/domain/identifiers/enterprise-number.ts';
import { useTranslation } from 'react-i18next';

type TProps = {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  name?: string;
};

/**
 * The KBO/BCE number as people type it (0403.170.701, 0403 170 701, 403170701, BE0403170701). Once it is
 * valid the official form is shown under the field; the server checks it again.
 */
export function EnterpriseNumberInput({ value, onChange, error, name = 'enterpriseNumber' }: TProps) {
  const { t } = useTranslation('organisations');
  const parsed = value.trim() ? parseEnterpriseNumber(value) : null;
  const description = parsed?.ok
    ? t('fields.enterpriseNumberValid', { number: formatEnterpriseNumber(parsed.value) })
    : t('fields.enterpriseNumberHint');
  return (
    <TextInput
      label={t('fields.enterpriseNumber')}
      name={name}
      required
      inputMode="numeric"
      autoComplete="off"
      value={value}
      description={description}
      error={error}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}
