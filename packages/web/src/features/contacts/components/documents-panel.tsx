import { Anchor, Button, FileButton, Group, Select, Stack, Table, Text } from '@mantine/core';
import type { TDocumentPurpose } from '@vigilo/domain/contracts/documents.ts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../components/format-date.ts';
import { documentDownloadUrl, useContactDocuments, useUploadDocument } from '../api/documents.ts';

type TProps = { contactId: string; kind: 'person' | 'entity' };

/** What may be attached to a contact (transaction reports belong to transactions). */
const contactPurposes: TDocumentPurpose[] = [
  'identity',
  'proof_of_address',
  'statutes',
  'introducer_commitment',
  'ubo_register',
  'other',
];

const accept =
  '.pdf,.doc,.docx,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function formatSize(bytes: number, language: string): string {
  const kb = bytes / 1024;
  const format = (n: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(n);
  return kb < 1024 ? `${format(kb)} KB` : `${format(kb / 1024)} MB`;
}

/** Supporting documents of a contact: PDF, DOC or DOCX only (checked by the server from the content). */
export function DocumentsPanel({ contactId, kind }: TProps) {
  const { t, i18n } = useTranslation('contacts');
  const documents = useContactDocuments(contactId);
  const upload = useUploadDocument(contactId);
  const resetFile = useRef<() => void>(null);
  const [purpose, setPurpose] = useState<TDocumentPurpose>(kind === 'person' ? 'identity' : 'statutes');
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('documents.intro')}
      </Text>
      <Group align="flex-end">
        <Select
          label={t('documents.purpose')}
          data-testid="document-purpose"
          data={contactPurposes.map((p) => ({ value: p, label: t(`options.documentPurpose.${p}`) }))}
          value={purpose}
          allowDeselect={false}
          onChange={(value) => value && setPurpose(value as TDocumentPurpose)}
        />
        <FileButton
          accept={accept}
          resetRef={resetFile}
          onChange={(file) =>
            file && upload.mutate({ file, purpose }, { onSettled: () => resetFile.current?.() })
          }
        >
          {(props) => (
            <Button {...props} loading={upload.isPending} data-testid="document-upload">
              {t('documents.upload')}
            </Button>
          )}
        </FileButton>
      </Group>
      <ErrorAlert error={upload.error ?? documents.error} />
      {documents.data?.length === 0 && <Text c="dimmed">{t('documents.empty')}</Text>}
      {documents.data && documents.data.length > 0 && (
        <Table.ScrollContainer minWidth={700}>
          <Table verticalSpacing="xs" data-testid="documents">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('documents.file')}</Table.Th>
                <Table.Th>{t('documents.purpose')}</Table.Th>
                <Table.Th>{t('documents.size')}</Table.Th>
                <Table.Th>{t('documents.uploadedBy')}</Table.Th>
                <Table.Th>{t('documents.uploadedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {documents.data.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Anchor href={documentDownloadUrl(d.id)} download={d.filename}>
                      {d.filename}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`options.documentPurpose.${d.purpose}`)}</Table.Td>
                  <Table.Td>{formatSize(d.sizeBytes, i18n.language)}</Table.Td>
                  <Table.Td>{d.uploadedByName ?? '—'}</Table.Td>
                  <Table.Td>{formatDateTime(d.createdAt, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
