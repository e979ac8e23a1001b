import { Anchor, Badge, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { TTransactionDetail } from '@vigilo/domain/contracts/transactions.ts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../components/format-date.ts';
import { useAmlStatus } from '../../aml/api/aml-status.ts';
import { VigilanceBadge } from '../../contacts/components/contact-badges.tsx';
import { CaseDecisionPanel } from '../../declarations/components/case-decision-panel.tsx';
import { CaseMeasuresPanel } from '../../declarations/components/case-measures-panel.tsx';
import { GoAmlCaseLink } from '../../goaml/components/goaml-case-link.tsx';
import { RequireActiveOrganisation } from '../../organisations/components/require-active-organisation.tsx';
import { RecordsPanel } from '../../records/components/records-panel.tsx';
import { CaseTimeline } from '../../risk/components/case-timeline.tsx';
import { DecisionStatusBadge } from '../../risk/components/decision-status-badge.tsx';
import { VigilanceResult } from '../../risk/components/vigilance-result.tsx';
import {
  useDecideTransaction,
  usePayAndCompute,
  useRecordTransactionMeasures,
  useTransaction,
  useTransactionDocuments,
} from '../api/transactions.ts';
import { formatAddress } from '../components/format-address.ts';
import { PayPanel } from '../components/pay-panel.tsx';
import { ReportPanel } from '../components/report-panel.tsx';
import { TransactionDates } from '../components/transaction-dates.tsx';
import { TransactionParties } from '../components/transaction-parties.tsx';
import { TransactionQuestionnaire } from '../components/transaction-questionnaire.tsx';
import { useMoney } from '../components/use-money.ts';
import { useTransactionAnswers } from '../components/use-transaction-answers.ts';

/** `/transactions/:transactionId`: parties, questionnaire, payment, result, report, decision, timeline. */
export function TransactionPage() {
  const { transactionId } = useParams();
  return (
    <RequireActiveOrganisation>
      {() => <LoadedTransaction transactionId={transactionId!} />}
    </RequireActiveOrganisation>
  );
}

function LoadedTransaction({ transactionId }: { transactionId: string }) {
  const { t } = useTranslation('transactions');
  const transaction = useTransaction(transactionId);
  if (transaction.isPending) {
    return (
      <Center mt="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (!transaction.data) return <ErrorAlert error={transaction.error} />;
  return <TransactionView key={transaction.data.id} transaction={transaction.data} />;
}

function TransactionView({ transaction }: { transaction: TTransactionDetail }) {
  const { t } = useTranslation('transactions');
  const status = useAmlStatus();
  const isOfficer = status.data?.myToolRole === 'officer';
  const questionnaire = useTransactionAnswers(transaction);
  const pay = usePayAndCompute(transaction.id);
  const isDraft = transaction.status === 'draft';
  return (
    <Stack maw={1000} mx="auto">
      <TransactionHeader transaction={transaction} />
      <TransactionParties parties={transaction.parties} />
      <TransactionDates transaction={transaction} />
      <TransactionQuestionnaire questionnaire={questionnaire} readOnly={!isDraft} payError={pay.error} />
      {isDraft && <PayPanel beforePay={questionnaire.flush} pay={pay} />}
      {transaction.result && <VigilanceResult result={transaction.result} />}
      <ReportPanel transaction={transaction} />
      {transaction.caseMeasures && transaction.vigilanceLevel === 'heightened' && (
        <TransactionMeasures transaction={transaction} />
      )}
      <TransactionDecision transaction={transaction} isOfficer={isOfficer} />
      {isOfficer && (
        <GoAmlCaseLink subjectType="transaction" subjectId={transaction.id} status={transaction.status} />
      )}
      <Paper withBorder p="md">
        <Stack>
          <Title order={4}>{t('declarations:timeline.title')}</Title>
          <CaseTimeline events={transaction.timeline} />
        </Stack>
      </Paper>
      <RecordsPanel kind="transactions" id={transaction.id} />
    </Stack>
  );
}

function TransactionHeader({ transaction }: { transaction: TTransactionDetail }) {
  const { t, i18n } = useTranslation('transactions');
  const money = useMoney();
  return (
    <Stack gap={4}>
      <Anchor component={Link} to="/transactions" size="sm">
        {t('detail.backToList')}
      </Anchor>
      <Title order={2} data-testid="transaction-reference">
        {transaction.reference}
      </Title>
      <Group gap="xs">
        <Badge variant="outline">{t(`types.${transaction.type}`)}</Badge>
        <DecisionStatusBadge status={transaction.status} />
        <VigilanceBadge level={transaction.vigilanceLevel} />
      </Group>
      <Text>{formatAddress(transaction.propertyAddress)}</Text>
      <Text fw={500} data-testid="transaction-price">
        {t(transaction.type === 'rental_high_value' ? 'detail.rent' : 'detail.price', {
          price: money(transaction.priceCents),
        })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('detail.createdBy', {
          name: transaction.createdByName ?? '—',
          date: formatDateTime(transaction.createdAt, i18n.language),
        })}
      </Text>
    </Stack>
  );
}

/** The enhanced measures of a heightened transaction: additional information obtained (item 12). */
function TransactionMeasures({ transaction }: { transaction: TTransactionDetail }) {
  const documents = useTransactionDocuments(transaction.id);
  const record = useRecordTransactionMeasures(transaction.id);
  return (
    <CaseMeasuresPanel
      measures={transaction.caseMeasures!}
      isOpen={transaction.status !== 'accepted' && transaction.status !== 'refused'}
      documents={(documents.data ?? []).map((d) => ({ id: d.id, filename: d.filename }))}
      record={record}
      isManager={false}
    />
  );
}

/** The case decision panel, bound to the transaction's decision endpoint. */
function TransactionDecision({
  transaction,
  isOfficer,
}: {
  transaction: TTransactionDetail;
  isOfficer: boolean;
}) {
  const decision = useDecideTransaction(transaction.id);
  return (
    <CaseDecisionPanel
      kase={{
        status: transaction.status,
        level: transaction.vigilanceLevel,
        blockers: transaction.blockers,
        timeline: transaction.timeline,
        subjectId: transaction.id,
        answers: transaction.answers,
      }}
      subjectNs="transactions"
      decision={decision}
      isOfficer={isOfficer}
    />
  );
}
