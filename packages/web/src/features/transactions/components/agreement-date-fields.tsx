import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field.tsx';

export type TAgreementDates = { brokerageAgreementDate: string; agreementDate: string };

/**
 * The brokerage agreement's date and the accepted offer / sale agreement's (or the lease's): the two
 * dates identification must precede (issue 14, item 10). Used when a transaction is created and
 * when its dates are recorded later, so both forms ask the same thing the same way.
 */
export function AgreementDateFields({
  value,
  onChange,
  isRental,
  errorOf,
}: {
  value: TAgreementDates;
  onChange: (next: TAgreementDates) => void;
  isRental: boolean;
  errorOf: (field: keyof TAgreementDates) => string | undefined;
}) {
  const { t } = useTranslation('transactions');
  return (
    <Group grow align="flex-start">
      <DateField
        name="brokerageAgreementDate"
        label={t('dates.brokerageAgreementDate')}
        description={t('dates.brokerageAgreementHint')}
        value={value.brokerageAgreementDate}
        error={errorOf('brokerageAgreementDate')}
        onChange={(day) => onChange({ ...value, brokerageAgreementDate: day })}
      />
      <DateField
        name="agreementDate"
        label={t(isRental ? 'dates.leaseDate' : 'dates.agreementDate')}
        description={t(isRental ? 'dates.leaseHint' : 'dates.agreementHint')}
        value={value.agreementDate}
        error={errorOf('agreementDate')}
        onChange={(day) => onChange({ ...value, agreementDate: day })}
      />
    </Group>
  );
}
