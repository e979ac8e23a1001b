import { Alert, Button, FileInput, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDate, formatDateTime } from '../../../components/format-date.ts';
import { ApiError } from '../../../lib/api.ts';
import { useListName } from '../../screening/components/use-list-name.ts';
import { useListVersions, useUploadList } from '../api/admin-lists.ts';

/** Imported versions of the sanctions and PEP lists, with their size and what changed, and an import form. */
export function ListVersionsPanel() {
  const { t, i18n } = useTranslation('screening');
  const versions = useListVersions();
  const listName = useListName();
  return (
    <Stack>
      <ListUploadForm />
      <Paper withBorder p="md">
        <Stack>
          <Title order={4}>{t('admin.versionsTitle')}</Title>
          <ErrorAlert error={versions.error} />
          <Table.ScrollContainer minWidth={900}>
            <Table striped data-testid="list-versions">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin.source')}</Table.Th>
                  <Table.Th>{t('admin.listDate')}</Table.Th>
                  <Table.Th ta="right">{t('admin.entries')}</Table.Th>
                  <Table.Th ta="right">{t('admin.persons')}</Table.Th>
                  <Table.Th ta="right">{t('admin.entities')}</Table.Th>
                  <Table.Th ta="right">{t('admin.added')}</Table.Th>
                  <Table.Th ta="right">{t('admin.changed')}</Table.Th>
                  <Table.Th ta="right">{t('admin.removed')}</Table.Th>
                  <Table.Th>{t('admin.importedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {versions.data?.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={9}>
                      <Text c="dimmed">{t('admin.noVersions')}</Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {versions.data?.map((v) => (
                  <Table.Tr key={v.id} data-testid="list-version">
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {listName(v.source)}
                      </Text>
                      <Text size="xs" c="dimmed" ff="monospace" title={v.checksum}>
                        {v.format}
                      </Text>
                    </Table.Td>
                    <Table.Td>{formatDate(v.listDate, i18n.language)}</Table.Td>
                    <Table.Td ta="right">{v.counts.entries}</Table.Td>
                    <Table.Td ta="right">{v.counts.persons}</Table.Td>
                    <Table.Td ta="right">{v.counts.entities}</Table.Td>
                    <Table.Td ta="right">{v.diff.added.length}</Table.Td>
                    <Table.Td ta="right">{v.diff.changed.length}</Table.Td>
                    <Table.Td ta="right">{v.diff.removed.length}</Table.Td>
                    <Table.Td>{formatDateTime(v.importedAt, i18n.language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </Paper>
    </Stack>
  );
}

function ListUploadForm() {
  const { t } = useTranslation('screening');
  const upload = useUploadList();
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState('');
  const result = upload.data;
  return (
    <Paper withBorder p="md" data-testid="list-upload">
      <Stack>
        <Title order={4}>{t('admin.uploadTitle')}</Title>
        <Text size="sm">{t('admin.uploadIntro')}</Text>
        <Group align="flex-end" grow>
          <FileInput name="listFile" label={t('admin.file')} clearable value={file} onChange={setFile} />
          <TextInput
            name="source"
            label={t('admin.sourceOverride')}
            description={t('admin.sourceOverrideHint')}
            value={source}
            onChange={(e) => setSource(e.currentTarget.value)}
          />
        </Group>
        <Group justify="flex-end">
          <Button
            disabled={!file}
            loading={upload.isPending}
            onClick={() =>
              file && upload.mutate({ file, source: source.trim() }, { onSuccess: () => setFile(null) })
            }
            data-testid="list-upload-submit"
          >
            {t('admin.upload')}
          </Button>
        </Group>
        {upload.error instanceof ApiError && (
          <Alert color="red" role="alert" data-testid="list-upload-error">
            {upload.error.body.message}
          </Alert>
        )}
        {result && (
          <Alert color={result.unchanged ? 'gray' : 'green'} data-testid="list-upload-result">
            {result.unchanged
              ? t('admin.unchanged')
              : t('admin.imported', {
                  entries: result.version.counts.entries,
                  added: result.version.diff.added.length,
                  changed: result.version.diff.changed.length,
                  removed: result.version.diff.removed.length,
                })}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
