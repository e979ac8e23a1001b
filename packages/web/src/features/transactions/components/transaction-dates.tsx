import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { TTransactionDetail } from '@vigilo/domain/contracts/transactions.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { fieldOrCodeError } from '../../../components/form-errors.ts';
import { formatDate } from '../../../components/format-date.ts';
import { useSetTransactionDates } from '../api/transactions.ts';
import { AgreementDateFields, type TAgreementDates } from './agreement-date-fields.tsx';

/**
 * The dates of the brokerage agreement and of the accepted offer / sale agreement (or lease), and the
 * parties identified after the agreement they had to precede (issue 14, item 10). Dates can be recorded
 * in any status: the sale agreement is often signed after the vigilance decision.
 */
export function TransactionDates({ transaction }: { transaction: TTransactionDetail }) {
  const { t } = useTranslation('transactions');
  const save = useSetTransactionDates(transaction.id);
  const [dates, setDates] = useState<TAgreementDates>({
    brokerageAgreementDate: transaction.brokerageAgreementDate ?? '',
    agreementDate: transaction.agreementDate ?? '',
  });
  const changed =
    dates.brokerageAgreementDate !== (transaction.brokerageAgreementDate ?? '') ||
    dates.agreementDate !== (transaction.agreementDate ?? '');
  const errorOf = (field: string) => fieldOrCodeError(t, save.error, field);
  const isRental = transaction.type === 'rental_high_value';
  return (
    <Paper withBorder p="md" data-testid="transaction-dates">
      <Stack>
        <Title order={4}>{t('dates.title')}</Title>
        <Text size="sm" c="dimmed">
          {t(isRental ? 'dates.introRental' : 'dates.intro')}
        </Text>
        <LateIdentifications transaction={transaction} />
        <AgreementDateFields value={dates} onChange={setDates} isRental={isRental} errorOf={errorOf} />
        {save.error && !errorOf('brokerageAgreementDate') && !errorOf('agreementDate') ? (
          <ErrorAlert error={save.error} />
        ) : null}
        {save.isSuccess && !changed && (
          <Text size="sm" c="green" role="status">
            {t('dates.saved')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button
            onClick={() =>
              save.mutate({
                brokerageAgreementDate: dates.brokerageAgreementDate || null,
                agreementDate: dates.agreementDate || null,
              })
            }
            disabled={!changed}
            loading={save.isPending}
            data-testid="save-dates"
          >
            {t('dates.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The lateness the file must show; the AML officer was notified when it appeared. */
function LateIdentifications({ transaction }: { transaction: TTransactionDetail }) {
  const { t, i18n } = useTranslation('transactions');
  const late = transaction.lateIdentifications;
  if (late.length === 0) return null;
  const isRental = transaction.type === 'rental_high_value';
  const deadlineLabel = (deadline: 'brokerage-agreement' | 'agreement') =>
    deadline === 'brokerage-agreement'
      ? t('dates.deadline.brokerage')
      : t(isRental ? 'dates.deadline.lease' : 'dates.deadline.agreement');
  return (
    <Alert color="orange" title={t('dates.lateTitle')} data-testid="late-identifications">
      <Stack gap="xs">
        <List size="sm">
          {late.map((l) => (
            <List.Item key={`${l.contactId}-${l.deadline}`}>
              {t('dates.lateItem', {
                name: l.displayName,
                role: t(`roles.${l.role}`),
                identifiedOn: formatDate(l.identifiedOn, i18n.language),
                deadline: deadlineLabel(l.deadline),
                deadlineDate: formatDate(l.deadlineDate, i18n.language),
              })}
            </List.Item>
          ))}
        </List>
        <Text size="sm">{t('dates.lateOfficer')}</Text>
      </Stack>
    </Alert>
  );
}
