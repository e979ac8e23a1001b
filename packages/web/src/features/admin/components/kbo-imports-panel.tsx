import { Badge, Code, Paper, Stack, Table, Text } from '@mantine/core';
import type { TKboImportRun } from '@vigilo/domain/contracts/kbo.ts';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDate, formatDateTime } from '../../../components/format-date.ts';
import { useKboImports } from '../api/kbo-imports.ts';

/** A shell command, the same in every language. */
const COMMAND = 'npx vigilo kbo import KboOpenData_0137_2025_07_Full.zip';

const statusColor: Record<TKboImportRun['status'], string> = {
  running: 'blue',
  completed: 'green',
  failed: 'red',
};

/** The KBO/BCE extract imports and their progress; the import itself runs from the operator's command. */
export function KboImportsPanel() {
  const { t, i18n } = useTranslation('admin');
  const runs = useKboImports();
  return (
    <Stack>
      <Text size="sm">{t('kbo.intro')}</Text>
      <Code block translate="no">
        {COMMAND}
      </Code>
      <ErrorAlert error={runs.error} />
      <Paper withBorder p="md">
        {runs.data && runs.data.length === 0 ? (
          <Text c="dimmed">{t('kbo.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={700}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('kbo.file')}</Table.Th>
                  <Table.Th>{t('kbo.extract')}</Table.Th>
                  <Table.Th>{t('kbo.status')}</Table.Th>
                  <Table.Th>{t('kbo.progress')}</Table.Th>
                  <Table.Th>{t('kbo.updated')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(runs.data ?? []).map((run) => (
                  <Table.Tr key={run.id}>
                    <Table.Td translate="no">{run.fileName}</Table.Td>
                    <Table.Td>
                      {t(run.extractType === 'update' ? 'kbo.update' : 'kbo.full', {
                        number: run.extractNumber ?? '',
                        date: run.snapshotDate ? formatDate(run.snapshotDate, i18n.language) : '',
                      })}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={statusColor[run.status]} variant="light">
                        {t(`kbo.statuses.${run.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        <Text size="sm">
                          {t('kbo.rows', { count: run.rowsImported, files: run.filesDone.length })}
                        </Text>
                        {run.status === 'failed' && (
                          <Text size="sm" c="red">
                            {t('kbo.resumeHint')}
                          </Text>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td>{formatDateTime(run.finishedAt ?? run.updatedAt, i18n.language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </Stack>
  );
}
