import { Alert, Button, FileInput, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api.ts';
import { useUploadWatchlist } from '../api/screening.ts';

/**
 * The AML officer's own watch list, as a CSV file (`id,name,type,birthDate,countries`). A new version is
 * compared with the previous one and every contact is screened again against it.
 */
export function WatchlistUpload() {
  const { t } = useTranslation('screening');
  const upload = useUploadWatchlist();
  const [file, setFile] = useState<File | null>(null);
  const result = upload.data;
  return (
    <Paper withBorder p="md" data-testid="watchlist-upload">
      <Stack>
        <Title order={4}>{t('watchlist.title')}</Title>
        <Text size="sm">{t('watchlist.intro')}</Text>
        <Text size="xs" c="dimmed" ff="monospace">
          {t('watchlist.format')}
        </Text>
        <Group align="flex-end">
          <FileInput
            style={{ flex: 1 }}
            name="watchlist"
            label={t('watchlist.file')}
            accept=".csv,text/csv"
            clearable
            value={file}
            onChange={setFile}
          />
          <Button
            disabled={!file}
            loading={upload.isPending}
            onClick={() => file && upload.mutate(file, { onSuccess: () => setFile(null) })}
            data-testid="watchlist-submit"
          >
            {t('watchlist.upload')}
          </Button>
        </Group>
        {upload.error instanceof ApiError && (
          <Alert color="red" role="alert" data-testid="watchlist-error">
            {upload.error.body.message}
          </Alert>
        )}
        {result && (
          <Alert color={result.unchanged ? 'gray' : 'green'} data-testid="watchlist-result">
            {result.unchanged
              ? t('watchlist.unchanged')
              : t('watchlist.imported', {
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
