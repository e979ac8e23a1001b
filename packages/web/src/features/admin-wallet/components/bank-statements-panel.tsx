import {
  Button,
  FileInput,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import type { TStatementLine } from '@vigilo/domain/contracts/wallet.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDate } from '../../../components/format-date.ts';
import { useMoney } from '../../wallet/components/use-money.ts';
import { useAssignStatementLine, useImportStatement, useStatementLines } from '../api/admin-wallet.ts';

type TStatus = 'unmatched' | 'assigned' | 'matched';

/** CAMT.053 import (B6) and the lines that wait for a manual assignment. */
export function BankStatementsPanel() {
  const { t, i18n } = useTranslation('wallet');
  const money = useMoney();
  const [file, setFile] = useState<File | null>(null);
  const [status, setStatus] = useState<TStatus>('unmatched');
  const [toAssign, setToAssign] = useState<TStatementLine | null>(null);
  const importer = useImportStatement();
  const lines = useStatementLines(status);
  const result = importer.data;
  return (
    <Stack>
      <Paper withBorder p="md">
        <Stack>
          <Text size="sm" c="dimmed">
            {t('admin.statements.intro')}
          </Text>
          <Group align="flex-end">
            <FileInput
              label={t('admin.statements.file')}
              accept=".xml,application/xml,text/xml"
              value={file}
              onChange={setFile}
              w={360}
              data-testid="statement-file"
            />
            <Button
              disabled={!file}
              loading={importer.isPending}
              onClick={() => file && importer.mutate(file)}
              data-testid="import-statement"
            >
              {t('admin.statements.import')}
            </Button>
          </Group>
          {importer.error ? (
            <Text c="red" role="alert">
              {importer.error.message}
            </Text>
          ) : null}
          {result && (
            <Text data-testid="import-result">
              {t('admin.statements.result', {
                messageId: result.messageId,
                matched: result.matched,
                unmatched: result.unmatched,
                duplicates: result.duplicates,
                ignored: result.ignored,
              })}
            </Text>
          )}
        </Stack>
      </Paper>
      <SegmentedControl
        value={status}
        onChange={(value) => setStatus(value as TStatus)}
        data={(['unmatched', 'assigned', 'matched'] as const).map((s) => ({
          value: s,
          label: t(`admin.statements.status.${s}`),
        }))}
      />
      <ErrorAlert error={lines.error} />
      <Table.ScrollContainer minWidth={900}>
        <Table striped data-testid="statement-lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.statements.bookingDate')}</Table.Th>
              <Table.Th>{t('admin.statements.amount')}</Table.Th>
              <Table.Th>{t('admin.statements.communication')}</Table.Th>
              <Table.Th>{t('admin.statements.debtor')}</Table.Th>
              <Table.Th>{t('admin.statements.reason')}</Table.Th>
              <Table.Th>{t('admin.statements.organisation')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.data?.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={7}>
                  <Text c="dimmed">{t('admin.statements.empty')}</Text>
                </Table.Td>
              </Table.Tr>
            )}
            {lines.data?.map((line) => (
              <Table.Tr key={line.id}>
                <Table.Td>{formatDate(line.bookingDate, i18n.language)}</Table.Td>
                <Table.Td>
                  {line.currency === 'EUR'
                    ? money(line.amountCents)
                    : `${line.amountCents / 100} ${line.currency}`}
                </Table.Td>
                <Table.Td>{line.communication ?? '—'}</Table.Td>
                <Table.Td>{[line.debtorName, line.debtorIban].filter(Boolean).join(' · ')}</Table.Td>
                <Table.Td>
                  {line.matchError
                    ? t(`admin.statements.errors.${line.matchError}`, { defaultValue: line.matchError })
                    : ''}
                </Table.Td>
                <Table.Td>{line.organisationName ?? ''}</Table.Td>
                <Table.Td>
                  {line.status === 'unmatched' && line.currency === 'EUR' && (
                    <Button size="xs" variant="light" onClick={() => setToAssign(line)}>
                      {t('admin.statements.assign')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {toAssign && <AssignModal line={toAssign} onClose={() => setToAssign(null)} />}
    </Stack>
  );
}

function AssignModal({ line, onClose }: { line: TStatementLine; onClose: () => void }) {
  const { t } = useTranslation('wallet');
  const money = useMoney();
  const assign = useAssignStatementLine();
  const [enterpriseNumber, setEnterpriseNumber] = useState('');
  return (
    <Modal opened onClose={onClose} title={t('admin.statements.assignTitle')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          assign.mutate({ lineId: line.id, enterpriseNumber }, { onSuccess: onClose });
        }}
      >
        <Stack>
          <Text size="sm">{t('admin.statements.assignText', { amount: money(line.amountCents) })}</Text>
          <TextInput
            name="enterpriseNumber"
            label={t('admin.statements.enterpriseNumber')}
            value={enterpriseNumber}
            onChange={(e) => setEnterpriseNumber(e.currentTarget.value)}
          />
          <ErrorAlert error={assign.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={assign.isPending}>
              {t('admin.statements.assign')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
