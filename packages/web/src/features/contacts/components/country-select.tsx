import { MultiSelect, type MultiSelectProps, Select, type SelectProps } from '@mantine/core';
import { COUNTRY_NAMES } from '@vigilo/domain/screening/reference/country-names.ts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const codes = [...new Set(Object.values(COUNTRY_NAMES))].filter((c) => /^[A-Z]{2}$/.test(c));

/** Every ISO country code with its name in the interface language ("Belgique (BE)"). */
function useCountryOptions() {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'region' });
    const label = (code: string) => {
      try {
        return `${names.of(code) ?? code} (${code})`;
      } catch {
        return code;
      }
    };
    return codes
      .map((code) => ({ value: code, label: label(code) }))
      .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  }, [i18n.language]);
}

/** The name of a country code in the interface language. */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function CountrySelect(props: Omit<SelectProps, 'data'>) {
  return <Select searchable data={useCountryOptions()} {...props} />;
}

export function CountriesMultiSelect(props: Omit<MultiSelectProps, 'data'>) {
  return <MultiSelect searchable data={useCountryOptions()} {...props} />;
}
