import { Button, Group, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TGoAmlReportDetail, TGoAmlTextsView } from '@vigilo/domain/contracts/goaml.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useUpdateGoAmlTexts } from '../api/goaml.ts';

/** The officer's free texts: reason, action taken, and for a transaction its description, date and bank. */
export function ReportTextsForm({ report, locked }: { report: TGoAmlReportDetail; locked: boolean }) {
  const { t } = useTranslation('goaml');
  const update = useUpdateGoAmlTexts(report.id);
  const [texts, setTexts] = useState<TGoAmlTextsView>(report.texts);
  const set = (patch: Partial<TGoAmlTextsView>) => setTexts({ ...texts, ...patch });
  const isStr = report.kind === 'STR';
  return (
    <Paper withBorder p="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate(texts, {
            onSuccess: () => notifications.show({ color: 'green', message: t('report.textsSaved') }),
          });
        }}
      >
        <Stack>
          <Title order={4}>{t('report.texts')}</Title>
          <ErrorAlert error={update.error} />
          <Textarea
            label={t('report.reason')}
            description={t('report.reasonHint')}
            autosize
            minRows={6}
            value={texts.reason}
            readOnly={locked}
            onChange={(e) => set({ reason: e.currentTarget.value })}
            data-testid="goaml-reason"
          />
          <Textarea
            label={t('report.action')}
            autosize
            minRows={2}
            value={texts.action}
            readOnly={locked}
            onChange={(e) => set({ action: e.currentTarget.value })}
          />
          {isStr && (
            <>
              <Textarea
                label={t('report.transactionDescription')}
                autosize
                minRows={2}
                value={texts.transactionDescription}
                readOnly={locked}
                onChange={(e) => set({ transactionDescription: e.currentTarget.value })}
              />
              <Group grow>
                <DateField
                  label={t('report.transactionDate')}
                  value={texts.transactionDate}
                  readOnly={locked}
                  onChange={(day) => set({ transactionDate: day })}
                />
                <TextInput
                  label={t('report.institutionName')}
                  description={t('report.institutionHint')}
                  value={texts.institutionName}
                  readOnly={locked}
                  onChange={(e) => set({ institutionName: e.currentTarget.value })}
                />
              </Group>
            </>
          )}
          {!locked && (
            <Group>
              <Button type="submit" loading={update.isPending} data-testid="goaml-save-texts">
                {t('report.saveTexts')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
