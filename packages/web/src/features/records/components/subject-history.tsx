import { Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useSubjectHistory } from '../api/records.ts';
import { AuditEventsTable } from './audit-events-table.tsx';

/**
 * A contact's or a transaction's own history from the audit trail: every change, decision, download
 * and view, with who and when. For the contact and transaction pages.
 */
export function SubjectHistory({ kind, id }: { kind: 'contacts' | 'transactions'; id: string }) {
  const { t } = useTranslation('records');
  const history = useSubjectHistory(kind, id);
  if (history.isPending) {
    return (
      <Center>
        <Loader size="sm" aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (!history.data) return <ErrorAlert error={history.error} />;
  return (
    <Stack gap="xs" data-testid="subject-history">
      <AuditEventsTable items={history.data.items} />
      {history.data.truncated && (
        <Text size="xs" c="dimmed">
          {t('audit.truncated')}
        </Text>
      )}
    </Stack>
  );
}
