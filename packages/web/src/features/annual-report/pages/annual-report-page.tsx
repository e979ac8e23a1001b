import {
  Anchor,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TAnnualNarrative } from '@vigilo/domain/contracts/officer-reports.ts';
import { ANNUAL_REPORT_SECTIONS, DECISION_ACTIONS } from '@vigilo/domain/officer-reports/index.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDate, formatDateTime } from '../../../components/format-date.ts';
import { RequireOfficer } from '../../goaml/components/require-officer.tsx';
import {
  type TAnnualReport,
  useAnnualReport,
  useDownloadPdf,
  useSaveAnnualReport,
} from '../api/annual-report.ts';
import { TrainingsCard } from '../components/trainings-card.tsx';

const languages = ['fr', 'nl', 'en'] as const;

/** The AML officer's annual activity report (2022 regulation), due by 30 June of the following year. */
export function AnnualReportPage() {
  return <RequireOfficer>{() => <AnnualReport />}</RequireOfficer>;
}

function AnnualReport() {
  const { t, i18n } = useTranslation('officer-reports');
  const thisYear = new Date().getUTCFullYear();
  const [year, setYear] = useState(thisYear - 1);
  const report = useAnnualReport(year);
  const years = Array.from({ length: 8 }, (_, i) => String(thisYear - i));
  return (
    <Stack maw={1100} mx="auto">
      <Anchor component={Link} to="/officer" size="sm">
        {t('goaml:hub.back')}
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('annual.page.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('annual.page.intro')}
          </Text>
        </div>
        <Select
          label={t('annual.page.year')}
          data={years}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
          allowDeselect={false}
          w={120}
          data-testid="annual-year"
        />
      </Group>
      <ErrorAlert error={report.error} />
      {report.data && (
        <>
          <Text fw={500}>
            {t('annual.page.dueOn', { date: formatDate(report.data.dueOn, i18n.language) })}
          </Text>
          <Figures report={report.data} />
          <TrainingsCard year={year} />
          <Narrative key={`${year}-${report.data.latest?.versionNo ?? 0}`} report={report.data} />
          <Versions report={report.data} />
        </>
      )}
    </Stack>
  );
}

function Figures({ report }: { report: TAnnualReport }) {
  const { t } = useTranslation('officer-reports');
  const f = report.figures;
  const table = (rows: [string, number][]) => (
    <Table>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Td>{label}</Table.Td>
            <Table.Td ta="right">{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return (
    <Paper withBorder p="md" data-testid="annual-figures">
      <Title order={4}>{t('annual.figures.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('annual.page.figuresIntro')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {table([
          [t('annual.figures.contactsTotal'), f.contacts.total],
          [t('annual.figures.persons'), f.contacts.persons],
          [t('annual.figures.entities'), f.contacts.entities],
          [t('annual.figures.normal'), f.contacts.normal],
          [t('annual.figures.heightened'), f.contacts.heightened],
          [t('annual.figures.profilesComputed'), f.riskProfiles.computed],
          [t('annual.figures.profilesHeightened'), f.riskProfiles.heightened],
          [t('annual.figures.transactionsCreated'), f.transactions.created],
          [t('annual.figures.transactionsHeightened'), f.transactions.heightened],
        ])}
        {table([
          ...DECISION_ACTIONS.map((a): [string, number] => [t(`annual.decision.${a}`), f.decisions[a] ?? 0]),
          [t('annual.figures.goamlSubmitted'), f.ctif.goamlSubmitted],
          [t('annual.figures.answerNoObjection'), f.ctif.answers['no-objection']],
          [t('annual.figures.answerOpposition'), f.ctif.answers.opposition],
          [t('annual.figures.reviewsDone'), f.reviews.done],
          [t('annual.figures.reviewsOverdue'), f.reviews.overdue],
          [t('annual.figures.trainingSessions'), f.trainings.sessions],
          [t('annual.figures.policyChanges'), f.policyChanges.length],
        ])}
      </SimpleGrid>
      <Title order={5} mt="md">
        {t('annual.figures.trainingPerEmployee')}
      </Title>
      {f.trainings.perEmployee.length > 0 &&
        table(f.trainings.perEmployee.map((e): [string, number] => [e.name, e.sessions]))}
      <Text
        size="sm"
        mt="xs"
        c={f.trainings.withoutTraining.length ? 'orange' : 'dimmed'}
        data-testid="without-training"
      >
        {f.trainings.withoutTraining.length === 0
          ? t('annual.figures.everyoneTrained')
          : t('annual.figures.withoutTraining', {
              names: f.trainings.withoutTraining.map((e) => e.name).join(', '),
            })}
      </Text>
    </Paper>
  );
}

function Narrative({ report }: { report: TAnnualReport }) {
  const { t } = useTranslation('officer-reports');
  const save = useSaveAnnualReport(report.year);
  const empty = Object.fromEntries(ANNUAL_REPORT_SECTIONS.map((id) => [id, ''])) as TAnnualNarrative;
  const [narrative, setNarrative] = useState<TAnnualNarrative>(report.latest?.narrative ?? empty);
  return (
    <Paper withBorder p="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(narrative, {
            onSuccess: () => notifications.show({ color: 'green', message: t('annual.page.saved') }),
          });
        }}
      >
        <Stack>
          <Title order={4}>{t('annual.page.narrative')}</Title>
          {ANNUAL_REPORT_SECTIONS.map((id) => (
            <Textarea
              key={id}
              label={t(`annual.section.${id}.title`)}
              description={t(`annual.section.${id}.hint`)}
              autosize
              minRows={3}
              value={narrative[id]}
              onChange={(e) => setNarrative({ ...narrative, [id]: e.currentTarget.value })}
              data-testid={`annual-${id}`}
            />
          ))}
          <ErrorAlert error={save.error} />
          <Group>
            <Button type="submit" loading={save.isPending} data-testid="annual-save">
              {t('annual.page.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function Versions({ report }: { report: TAnnualReport }) {
  const { t, i18n } = useTranslation('officer-reports');
  const pdf = useDownloadPdf();
  return (
    <Paper withBorder p="md">
      <Title order={4}>{t('annual.page.versions')}</Title>
      <ErrorAlert error={pdf.error} />
      {report.versions.length === 0 && <Text c="dimmed">{t('annual.page.noVersion')}</Text>}
      {report.versions.map((v) => (
        <Group key={v.id} justify="space-between" py={4}>
          <Text size="sm">
            {t('annual.page.version', {
              n: v.versionNo,
              date: formatDateTime(v.createdAt, i18n.language),
              name: v.createdByName ?? '—',
            })}
          </Text>
          <Group gap={4}>
            {languages.map((lang) => (
              <Button
                key={lang}
                size="xs"
                variant="light"
                onClick={() => pdf.mutate(`/api/officer-reports/annual/${v.id}/pdf?lang=${lang}`)}
                data-testid={`annual-pdf-${lang}`}
              >
                {t(`pdfLanguage.${lang}`)}
              </Button>
            ))}
          </Group>
        </Group>
      ))}
    </Paper>
  );
}
