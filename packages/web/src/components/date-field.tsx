import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { DATE_FIELD_FORMAT, parseDateText } from './date-text.ts';

type TProps = Omit<DateInputProps, 'value' | 'onChange' | 'name' | 'valueFormat' | 'dateParser'> & {
  /** The ISO day `YYYY-MM-DD`, or empty. */
  value: string | null | undefined;
  /** The ISO day chosen, or '' when cleared. */
  onChange: (isoDay: string) => void;
  /** Given to the text field itself (forms and browser tests find it by name). */
  name?: string;
};

/**
 * A date typed or picked as dd/mm/yyyy in the interface language (month and day names from the
 * DatesProvider's locale), whatever the browser's own locale; the value stays an ISO day.
 */
export function DateField({ value, onChange, name, required, clearable, ...rest }: TProps) {
  const { t } = useTranslation();
  return (
    <DateInput
      {...rest}
      required={required}
      clearable={clearable ?? !required}
      value={value || null}
      onChange={(day) => onChange(day ?? '')}
      valueFormat={DATE_FIELD_FORMAT}
      dateParser={parseDateText}
      placeholder={rest.placeholder ?? t('dateField.placeholder')}
      ref={(input: HTMLInputElement | null) => {
        if (input && name) input.name = name;
      }}
    />
  );
}
