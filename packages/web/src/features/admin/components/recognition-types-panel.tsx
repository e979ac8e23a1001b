import { Code, Paper, Stack, Switch, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useRecognitionTypes, useUpdateRecognitionType } from '../api/recognition-types.ts';
import { CreateRecognitionTypeForm } from './create-recognition-type-form.tsx';

/** Recognitions (e.g. BIV/IPI member) accounts may hold; some are required before any tool access. */
export function RecognitionTypesPanel() {
  const { t } = useTranslation('admin');
  const types = useRecognitionTypes();
  const update = useUpdateRecognitionType();
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('recognitions.intro')}
      </Text>
      <ErrorAlert error={types.error ?? update.error} />
      <Table.ScrollContainer minWidth={720}>
        <Table striped data-testid="recognition-types">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('recognitions.code')}</Table.Th>
              <Table.Th>{t('recognitions.labelFr')}</Table.Th>
              <Table.Th>{t('recognitions.labelNl')}</Table.Th>
              <Table.Th>{t('recognitions.labelEn')}</Table.Th>
              <Table.Th>{t('recognitions.required')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {types.data?.map((type) => (
              <Table.Tr key={type.code}>
                <Table.Td>
                  <Code>{type.code}</Code>
                </Table.Td>
                <Table.Td>{type.labelFr}</Table.Td>
                <Table.Td>{type.labelNl}</Table.Td>
                <Table.Td>{type.labelEn}</Table.Td>
                <Table.Td>
                  <Switch
                    aria-label={t('recognitions.requiredFor', { code: type.code })}
                    checked={type.requiredForToolAccess}
                    disabled={update.isPending}
                    onChange={(e) =>
                      update.mutate({ code: type.code, requiredForToolAccess: e.currentTarget.checked })
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Paper p="md" withBorder>
        <CreateRecognitionTypeForm />
      </Paper>
    </Stack>
  );
}
