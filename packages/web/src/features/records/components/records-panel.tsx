import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActiveMembership } from '../../organisations/api/my-organisations.ts';
import { exportUrls } from '../api/records.ts';
import { SubjectHistory } from './subject-history.tsx';

/**
 * On a contact's or a transaction's page: its own audit trail (who did and read what) and, for the AML
 * officer, the export of its whole file for the supervisor.
 */
export function RecordsPanel({ kind, id }: { kind: 'contacts' | 'transactions'; id: string }) {
  const { t } = useTranslation('records');
  const { membership } = useActiveMembership();
  const isOfficer = membership?.toolRole === 'officer';
  return (
    <Paper withBorder p="md" data-testid="records-panel">
      <Stack>
        <Group justify="space-between">
          <Title order={4}>{t('history.title')}</Title>
          {isOfficer && (
            <Button
              component="a"
              variant="default"
              size="xs"
              href={kind === 'contacts' ? exportUrls.contact(id) : exportUrls.transaction(id)}
              download
              data-testid="export-subject"
            >
              {kind === 'contacts' ? t('export.contact') : t('export.transaction')}
            </Button>
          )}
        </Group>
        <SubjectHistory kind={kind} id={id} />
      </Stack>
    </Paper>
  );
}
