import { Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { errorCode, fieldOrCodeError } from '../../../components/form-errors.ts';
import { formatDate } from '../../../components/format-date.ts';
import { EnterpriseNumberInput } from '../../organisations/components/enterprise-number-input.tsx';
import { useAddAllowedNumber, useAllowedNumbers, useRemoveAllowedNumber } from '../api/allowed-numbers.ts';

const numberCodes = ['invalid_enterprise_number'] as const;

/** The enterprise numbers the supervisor registered: only those organisations may use the AML tool. */
export function AllowedNumbersPanel() {
  const { t, i18n } = useTranslation('admin');
  const numbers = useAllowedNumbers();
  const add = useAddAllowedNumber();
  const remove = useRemoveAllowedNumber();
  const [form, setForm] = useState({ enterpriseNumber: '', note: '' });
  const [toRemove, setToRemove] = useState<string | null>(null);
  const code = errorCode(add.error);
  return (
    <Stack>
      <Paper p="md" withBorder>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate(form, { onSuccess: () => setForm({ enterpriseNumber: '', note: '' }) });
          }}
        >
          <Stack>
            <Text size="sm" c="dimmed">
              {t('allowed.intro')}
            </Text>
            {code && !numberCodes.includes(code as never) && <ErrorAlert error={add.error} />}
            <Group align="flex-start" grow>
              <EnterpriseNumberInput
                value={form.enterpriseNumber}
                onChange={(enterpriseNumber) => setForm({ ...form, enterpriseNumber })}
                error={fieldOrCodeError(t, add.error, 'enterpriseNumber', numberCodes)}
              />
              <TextInput
                name="note"
                label={t('allowed.note')}
                description={t('allowed.noteHint')}
                value={form.note}
                maxLength={200}
                error={fieldOrCodeError(t, add.error, 'note')}
                onChange={(e) => setForm({ ...form, note: e.currentTarget.value })}
              />
            </Group>
            <Group justify="flex-end">
              <Button type="submit" loading={add.isPending} data-testid="add-allowed-number">
                {t('allowed.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <ErrorAlert error={numbers.error ?? remove.error} />
      <Table.ScrollContainer minWidth={640}>
        <Table striped data-testid="allowed-numbers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('allowed.number')}</Table.Th>
              <Table.Th>{t('allowed.organisation')}</Table.Th>
              <Table.Th>{t('allowed.note')}</Table.Th>
              <Table.Th>{t('allowed.addedOn')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {numbers.data?.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>
                  <Text c="dimmed">{t('allowed.empty')}</Text>
                </Table.Td>
              </Table.Tr>
            )}
            {numbers.data?.map((n) => (
              <Table.Tr key={n.enterpriseNumber}>
                <Table.Td>{n.enterpriseNumberFormatted}</Table.Td>
                <Table.Td>
                  {n.organisationName ?? <Text c="dimmed">{t('allowed.notRegistered')}</Text>}
                </Table.Td>
                <Table.Td>{n.note}</Table.Td>
                <Table.Td>{formatDate(n.createdAt, i18n.language)}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => setToRemove(n.enterpriseNumber)}
                  >
                    {t('allowed.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={toRemove !== null}
        title={t('allowed.removeTitle')}
        text={t('allowed.removeText')}
        confirmLabel={t('allowed.remove')}
        loading={remove.isPending}
        onCancel={() => setToRemove(null)}
        onConfirm={() => toRemove && remove.mutate(toRemove, { onSuccess: () => setToRemove(null) })}
      />
    </Stack>
  );
}
