import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  emptyRiskAssessment,
  RISK_ASSESSMENT_SECTIONS,
  riskRatings,
  type TRiskAssessmentContent,
} from '@vigilo/domain/officer-reports/index.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateField } from '../../../components/date-field.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDate } from '../../../components/format-date.ts';
import { useDownloadPdf } from '../../annual-report/api/annual-report.ts';
import { RequireOfficer } from '../../goaml/components/require-officer.tsx';
import {
  type TRiskAssessmentView,
  useRiskAssessment,
  useSaveRiskAssessment,
} from '../api/risk-assessment.ts';

const languages = ['fr', 'nl', 'en'] as const;

/** The agency's overall risk assessment (loi art. 16–17; M11): guided, versioned, reviewed yearly. */
export function RiskAssessmentPage() {
  return <RequireOfficer>{() => <Loaded />}</RequireOfficer>;
}

function Loaded() {
  const assessment = useRiskAssessment();
  if (!assessment.data) return <ErrorAlert error={assessment.error} />;
  return <AssessmentForm key={assessment.data.current?.versionNo ?? 0} view={assessment.data} />;
}

function AssessmentForm({ view }: { view: TRiskAssessmentView }) {
  const { t, i18n } = useTranslation('officer-reports');
  const save = useSaveRiskAssessment();
  const pdf = useDownloadPdf();
  const [content, setContent] = useState<TRiskAssessmentContent>(
    view.current?.content ?? emptyRiskAssessment(),
  );
  const [reviewedOn, setReviewedOn] = useState(new Date().toISOString().slice(0, 10));
  const setSection = (
    id: (typeof RISK_ASSESSMENT_SECTIONS)[number],
    patch: Partial<TRiskAssessmentContent['sections']['services']>,
  ) =>
    setContent({
      ...content,
      sections: { ...content.sections, [id]: { ...content.sections[id], ...patch } },
    });
  const rating = riskRatings.map((r) => ({ value: r, label: t(`assessment.rating.${r}`) }));
  return (
    <Stack maw={1100} mx="auto">
      <Anchor component={Link} to="/officer" size="sm">
        {t('goaml:hub.back')}
      </Anchor>
      <Title order={2}>{t('assessment.page.title')}</Title>
      <Text c="dimmed" size="sm">
        {t('assessment.page.intro')}
      </Text>
      {!view.current && <Alert color="orange">{t('assessment.page.never')}</Alert>}
      {view.current && view.isReviewDue && (
        <Alert color="orange" data-testid="assessment-due">
          {t('assessment.page.reviewDue', { date: formatDate(view.current.nextReviewDue, i18n.language) })}
        </Alert>
      )}
      {view.current && !view.isReviewDue && (
        <Text size="sm">
          {t('assessment.page.nextReview', { date: formatDate(view.current.nextReviewDue, i18n.language) })}
        </Text>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(
            { content, reviewedOn },
            { onSuccess: () => notifications.show({ color: 'green', message: t('assessment.page.saved') }) },
          );
        }}
      >
        <Stack>
          {RISK_ASSESSMENT_SECTIONS.map((id) => (
            <Paper key={id} withBorder p="md">
              <Stack gap="xs">
                <Title order={4}>{t(`assessment.section.${id}.title`)}</Title>
                <Text size="sm" c="dimmed">
                  {t(`assessment.section.${id}.guidance`)}
                </Text>
                <Textarea
                  label={t('assessment.page.answer')}
                  autosize
                  minRows={3}
                  value={content.sections[id].answer}
                  onChange={(e) => setSection(id, { answer: e.currentTarget.value })}
                  data-testid={`assessment-${id}`}
                />
                <Text size="sm">{t('assessment.page.inherentRiskLabel')}</Text>
                <SegmentedControl
                  data={rating}
                  value={content.sections[id].inherentRisk}
                  onChange={(v) => setSection(id, { inherentRisk: v as 'low' })}
                />
                <Textarea
                  label={t('assessment.page.measuresLabel')}
                  autosize
                  minRows={2}
                  value={content.sections[id].measures}
                  onChange={(e) => setSection(id, { measures: e.currentTarget.value })}
                />
              </Stack>
            </Paper>
          ))}
          <Paper withBorder p="md">
            <Stack gap="xs">
              <Title order={4}>{t('assessment.conclusion')}</Title>
              <Text size="sm">{t('assessment.page.overallLabel')}</Text>
              <SegmentedControl
                data={rating}
                value={content.overallRisk}
                onChange={(v) => setContent({ ...content, overallRisk: v as 'low' })}
              />
              <Textarea
                label={t('assessment.page.conclusionLabel')}
                autosize
                minRows={3}
                value={content.conclusion}
                onChange={(e) => setContent({ ...content, conclusion: e.currentTarget.value })}
              />
              <Group align="flex-end">
                <DateField
                  label={t('assessment.page.reviewedOn')}
                  value={reviewedOn}
                  onChange={(day) => setReviewedOn(day)}
                />
                <Button type="submit" loading={save.isPending} data-testid="assessment-save">
                  {t('assessment.page.save')}
                </Button>
              </Group>
              <ErrorAlert error={save.error} />
            </Stack>
          </Paper>
        </Stack>
      </form>
      <Paper withBorder p="md">
        <Title order={4}>{t('assessment.page.versions')}</Title>
        <ErrorAlert error={pdf.error} />
        {view.versions.map((v) => (
          <Group key={v.id} justify="space-between" py={4}>
            <Text size="sm">
              {t('assessment.page.version', {
                n: v.versionNo,
                date: formatDate(v.reviewedOn, i18n.language),
                name: v.createdByName ?? '—',
              })}
            </Text>
            <Group gap={4}>
              {languages.map((lang) => (
                <Button
                  key={lang}
                  size="xs"
                  variant="light"
                  onClick={() => pdf.mutate(`/api/officer-reports/risk-assessment/${v.id}/pdf?lang=${lang}`)}
                >
                  {t(`pdfLanguage.${lang}`)}
                </Button>
              ))}
            </Group>
          </Group>
        ))}
      </Paper>
    </Stack>
  );
}
