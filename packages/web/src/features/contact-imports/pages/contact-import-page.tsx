import {
  Alert,
  Badge,
  Button,
  Center,
  Checkbox,
  FileInput,
  Group,
  Loader,
  Modal,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { importTargets, type TImportMapping } from '@vigilo/domain/contacts/contact-import.ts';
import type { TContactImport } from '@vigilo/domain/contracts/contact-imports.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../components/format-date.ts';
import { RequireActiveOrganisation } from '../../organisations/components/require-active-organisation.tsx';
import {
  useCancelImport,
  useConfirmImport,
  useImport,
  useImportRows,
  useImports,
  usePreview,
  useUpdateMapping,
  useUploadImport,
} from '../api/contact-imports.ts';

/** Contacts › import (B10): upload, column mapping, preview with errors, confirmation, progress, summary. */
export function ContactImportPage() {
  return <RequireActiveOrganisation>{() => <ContactImportView />}</RequireActiveOrganisation>;
}

function ContactImportView() {
  const { t } = useTranslation('contact-imports');
  const [params, setParams] = useSearchParams();
  const id = params.get('import');
  const current = useImport(id);
  const open = (importId: string | null, alreadyUploaded = false) =>
    setParams(importId ? { import: importId, ...(alreadyUploaded ? { again: '1' } : {}) } : {});
  return (
    <Stack maw={1300} mx="auto">
      <Group justify="space-between">
        <Title order={2}>{t('title')}</Title>
        {id && (
          <Button variant="light" onClick={() => open(null)} data-testid="import-new">
            {t('newImport')}
          </Button>
        )}
      </Group>
      <Text c="dimmed">{t('intro')}</Text>
      {id && params.get('again') && (
        <Alert color="yellow" data-testid="import-already-uploaded">
          {t('alreadyUploaded')}
        </Alert>
      )}
      {!id ? (
        <UploadStep onUploaded={open} />
      ) : current.isPending ? (
        <Center>
          <Loader aria-label={t('common:loading')} />
        </Center>
      ) : current.error ? (
        <ErrorAlert error={current.error} />
      ) : current.data.status === 'mapping' ? (
        <MappingStep run={current.data} onCancelled={() => open(null)} />
      ) : (
        <ProgressStep run={current.data} />
      )}
    </Stack>
  );
}

function UploadStep({ onUploaded }: { onUploaded: (id: string, alreadyUploaded?: boolean) => void }) {
  const { t, i18n } = useTranslation('contact-imports');
  const [file, setFile] = useState<File | null>(null);
  const upload = useUploadImport();
  const imports = useImports();
  return (
    <Stack>
      <Paper withBorder p="md">
        <Stack>
          <FileInput
            label={t('file')}
            placeholder={t('filePlaceholder')}
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={setFile}
            data-testid="import-file"
          />
          <Group>
            <Button
              disabled={!file}
              loading={upload.isPending}
              onClick={() =>
                file &&
                upload.mutate(file, {
                  onSuccess: (res) => onUploaded(res.import.id, res.alreadyUploaded),
                })
              }
              data-testid="import-upload"
            >
              {t('upload')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <Title order={4}>{t('history')}</Title>
      {imports.data?.imports.length === 0 && <Text c="dimmed">{t('empty')}</Text>}
      {imports.error && <ErrorAlert error={imports.error} />}
      {(imports.data?.imports.length ?? 0) > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table>
            <Table.Tbody>
              {imports.data?.imports.map((run) => (
                <Table.Tr key={run.id}>
                  <Table.Td translate="no">{run.filename}</Table.Td>
                  <Table.Td>{formatDateTime(run.createdAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`status.${run.status}`)}</Badge>
                  </Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="subtle" onClick={() => onUploaded(run.id)}>
                      {t('open')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function MappingStep({ run, onCancelled }: { run: TContactImport; onCancelled: () => void }) {
  const { t } = useTranslation('contact-imports');
  const preview = usePreview(run.id, run.mapping);
  const updateMapping = useUpdateMapping();
  const confirm = useConfirmImport();
  const cancel = useCancelImport();
  const [acceptPartial, setAcceptPartial] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const targetOptions = [
    { value: '', label: t('ignore') },
    ...importTargets.map((target) => ({ value: target, label: t(`target.${target}`) })),
  ];
  const setTarget = (header: string, target: string | null) => {
    const mapping: TImportMapping = { ...run.mapping, [header]: (target || null) as TImportMapping[string] };
    updateMapping.mutate({ id: run.id, mapping });
  };
  const invalid = preview.data?.invalidRows ?? 0;
  const valid = preview.data?.validRows ?? 0;
  const blocked = invalid > 0 && !acceptPartial;
  return (
    <Stack>
      <Title order={4}>{t('mappingTitle')}</Title>
      <Text size="sm">{t('mappingHelp')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {run.headers.map((header) => (
          <Select
            key={header}
            label={header}
            translate="no"
            data={targetOptions}
            value={run.mapping[header] ?? ''}
            onChange={(value) => setTarget(header, value)}
            allowDeselect={false}
            data-testid={`mapping-${header}`}
          />
        ))}
      </SimpleGrid>
      <Title order={4}>{t('previewTitle')}</Title>
      {preview.isPending ? (
        <Center>
          <Loader aria-label={t('common:loading')} />
        </Center>
      ) : preview.error ? (
        <ErrorAlert error={preview.error} />
      ) : (
        <>
          <Text data-testid="import-counts">{t('counts', { valid, invalid, total: run.totalRows })}</Text>
          <Table.ScrollContainer minWidth={800}>
            <Table striped data-testid="import-preview">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('rowNo')}</Table.Th>
                  {run.headers.map((h) => (
                    <Table.Th key={h} translate="no">
                      {h}
                    </Table.Th>
                  ))}
                  <Table.Th>{t('errors')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.data.rows.map((row) => (
                  <Table.Tr key={row.rowNo}>
                    <Table.Td>{row.rowNo}</Table.Td>
                    {run.headers.map((h) => (
                      <Table.Td key={h} translate="no">
                        {row.cells[h] ?? ''}
                      </Table.Td>
                    ))}
                    <Table.Td>
                      {row.errors.length === 0 ? (
                        <Badge color="green" variant="light">
                          {t('noError')}
                        </Badge>
                      ) : (
                        <Stack gap={2}>
                          {row.errors.map((e) => (
                            <Text key={`${e.field}-${e.code}`} size="sm" c="red">
                              {e.message}
                            </Text>
                          ))}
                        </Stack>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {invalid > 0 && (
            <Checkbox
              label={t('acceptPartial')}
              checked={acceptPartial}
              onChange={(e) => setAcceptPartial(e.currentTarget.checked)}
              data-testid="import-accept-partial"
            />
          )}
          {blocked && <Alert color="yellow">{t('invalidNeedsChoice')}</Alert>}
          <Group>
            <Button
              disabled={blocked || valid === 0}
              onClick={() => setConfirming(true)}
              data-testid="import-start"
            >
              {t('start')}
            </Button>
            <Button
              variant="subtle"
              color="red"
              loading={cancel.isPending}
              onClick={() => cancel.mutate(run.id, { onSuccess: onCancelled })}
            >
              {t('cancel')}
            </Button>
          </Group>
        </>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('confirmTitle')}>
        <Stack>
          <Text>{t('confirmText', { valid })}</Text>
          {invalid > 0 && <Text c="red">{t('confirmPartial', { invalid })}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('back')}
            </Button>
            <Button
              loading={confirm.isPending}
              onClick={() =>
                confirm.mutate(
                  { id: run.id, acceptPartial: invalid > 0 && acceptPartial },
                  { onSettled: () => setConfirming(false) },
                )
              }
              data-testid="import-confirm"
            >
              {t('confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function ProgressStep({ run }: { run: TContactImport }) {
  const { t } = useTranslation('contact-imports');
  const done = run.status === 'completed';
  const rows = useImportRows(run.id, done);
  const percent = run.totalRows ? Math.round((run.processedRows / run.totalRows) * 100) : 100;
  const withHits = rows.data?.rows.filter((r) => r.status === 'imported' && r.hitCount > 0) ?? [];
  const problems = rows.data?.rows.filter((r) => r.status === 'invalid' || r.status === 'failed') ?? [];
  return (
    <Stack>
      <Group>
        <Title order={4}>{done ? t('summaryTitle') : t('progressTitle')}</Title>
        <Badge variant="light">{t(`status.${run.status}`)}</Badge>
      </Group>
      <Progress
        value={percent}
        size="xl"
        animated={!done}
        aria-label={t('progressTitle')}
        data-testid="import-progress"
      />
      <Text size="sm">{t('progress', { done: run.processedRows, total: run.totalRows })}</Text>
      <SimpleGrid cols={{ base: 2, md: 3 }} data-testid="import-summary">
        <Figure label={t('imported')} value={run.importedRows} />
        <Figure label={t('duplicates')} value={run.duplicateRows} />
        <Figure label={t('invalid')} value={run.invalidRows} />
        {run.failedRows > 0 && <Figure label={t('failed')} value={run.failedRows} />}
        <Figure label={t('withHits')} value={run.contactsWithHits} />
        <Figure label={t('hits')} value={run.hitCount} />
      </SimpleGrid>
      {rows.error && <ErrorAlert error={rows.error} />}
      {withHits.length > 0 && (
        <>
          <Title order={5}>{t('hitRows')}</Title>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rowNo')}</Table.Th>
                <Table.Th>{t('hitCount')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {withHits.map((r) => (
                <Table.Tr key={r.rowNo}>
                  <Table.Td>{r.rowNo}</Table.Td>
                  <Table.Td>{r.hitCount}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="subtle" component={Link} to={`/contacts/${r.contactId}`}>
                      {t('openContact')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      {problems.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rowNo')}</Table.Th>
              <Table.Th>{t('errors')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {problems.map((r) => (
              <Table.Tr key={r.rowNo}>
                <Table.Td>{r.rowNo}</Table.Td>
                <Table.Td>{r.errors.map((e) => e.message).join(' ; ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </Paper>
  );
}
