import { Loader } from '@mantine/core';
import type { TCaseEvent, TDeclarationItem } from '@vigilo/domain/contracts/risk.ts';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useRiskProfile } from '../../risk/api/risk-profiles.ts';
import { CaseTimeline } from '../../risk/components/case-timeline.tsx';
import { useTransaction } from '../../transactions/api/transactions.ts';

/**
 * A case's timeline on the Declarations page, read from the case when its row is opened: the queue itself
 * carries no timelines, so a page of 20 cases stays light (issue 21).
 */
export function DeclarationTimeline({ item }: { item: Pick<TDeclarationItem, 'subjectType' | 'subjectId'> }) {
  return item.subjectType === 'transaction' ? (
    <TransactionTimeline transactionId={item.subjectId} />
  ) : (
    <ProfileTimeline profileId={item.subjectId} />
  );
}

function ProfileTimeline({ profileId }: { profileId: string }) {
  const profile = useRiskProfile(profileId);
  return <LoadedTimeline events={profile.data?.timeline} error={profile.error} />;
}

function TransactionTimeline({ transactionId }: { transactionId: string }) {
  const transaction = useTransaction(transactionId);
  return <LoadedTimeline events={transaction.data?.timeline} error={transaction.error} />;
}

function LoadedTimeline({ events, error }: { events: TCaseEvent[] | undefined; error: unknown }) {
  const { t } = useTranslation();
  if (events) return <CaseTimeline events={events} />;
  if (error) return <ErrorAlert error={error} />;
  return <Loader size="sm" aria-label={t('common:loading')} />;
}
