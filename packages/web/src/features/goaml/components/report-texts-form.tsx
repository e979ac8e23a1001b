import {
  Blockquote,
  Button,
  Group,
  Input,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  goAmlLanguages,
  type TGoAmlLanguage,
  type TGoAmlReportDetail,
  type TGoAmlTextsView,
} from '@vigilo/domain/contracts/goaml.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useUpdateGoAmlTexts } from '../api/goaml.ts';
import { quoteMotivation } from './quote-motivation.ts';

/**
 * The officer's free texts: the report's language (FR or NL), reason, action taken, and for a transaction
 * its description, date and bank. The collaborator's internal motivation is shown apart, quoted in the
 * reason only when the officer asks. Remount it (key) when the report's language changes.
 */
export function ReportTextsForm({ report, locked }: { report: TGoAmlReportDetail; locked: boolean }) {
  const { t } = useTranslation('goaml');
  const update = useUpdateGoAmlTexts(report.id);
  const [texts, setTexts] = useState<TGoAmlTextsView>(report.texts);
  const set = (patch: Partial<TGoAmlTextsView>) => setTexts({ ...texts, ...patch });
  const isStr = report.kind === 'STR';
  const quote = report.motivationQuote;
  const isQuoted = quote !== null && texts.reason.includes(quote);
  const chooseLanguage = (language: TGoAmlLanguage) =>
    update.mutate(
      { language },
      { onSuccess: () => notifications.show({ color: 'green', message: t('report.textsSaved') }) },
    );
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
          <Input.Wrapper label={t('report.language')} description={t('report.languageHint')}>
            <SegmentedControl
              mt={4}
              value={texts.language}
              disabled={locked || update.isPending}
              onChange={(value) => chooseLanguage(value as TGoAmlLanguage)}
              data={goAmlLanguages.map((language) => ({
                value: language,
                label: t(`report.languages.${language}`),
              }))}
              data-testid="goaml-language"
            />
          </Input.Wrapper>
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
          {quote && (
            <Stack gap={4} data-testid="goaml-motivation-offered">
              <Text size="sm" c="dimmed">
                {t('report.motivationOffered')}
              </Text>
              <Blockquote p="xs" style={{ whiteSpace: 'pre-wrap' }}>
                {quote.slice(quote.indexOf('\n') + 1)}
              </Blockquote>
              {!locked && (
                <Group>
                  <Button
                    size="xs"
                    variant="light"
                    disabled={isQuoted}
                    onClick={() => set({ reason: quoteMotivation(texts.reason, quote) })}
                    data-testid="goaml-quote-motivation"
                  >
                    {isQuoted ? t('report.motivationQuoted') : t('report.quoteMotivation')}
                  </Button>
                </Group>
              )}
            </Stack>
          )}
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
