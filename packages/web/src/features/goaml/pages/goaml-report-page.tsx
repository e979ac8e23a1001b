import {
  Alert,
  Anchor,
  Button,
  Center,
  Grid,
  Group,
  List,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TGoAmlReportDetail } from '@vigilo/domain/contracts/goaml.ts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../components/format-date.ts';
import { ApiError } from '../../../lib/api.ts';
import { useCreateFollowUp, useDownloadGoAml, useGoAmlReport } from '../api/goaml.ts';
import { ReportLifecycle } from '../components/report-lifecycle.tsx';
import { ReportPreview } from '../components/report-preview.tsx';
import { ReportTextsForm } from '../components/report-texts-form.tsx';
import { RequireOfficer } from '../components/require-officer.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import { SubmissionGuide } from '../components/submission-guide.tsx';

/** One goAML report: texts, readable preview, schema verdict, download, guide, submission and answer. */
export function GoAmlReportPage() {
  const { goamlReportId = '' } = useParams();
  return <RequireOfficer>{() => <LoadedReport id={goamlReportId} />}</RequireOfficer>;
}

function LoadedReport({ id }: { id: string }) {
  const { t } = useTranslation('goaml');
  const report = useGoAmlReport(id);
  if (report.isPending) {
    return (
      <Center mt="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (!report.data) return <ErrorAlert error={report.error} />;
  return <ReportView key={`${report.data.id}-${report.data.state.status}`} report={report.data} />;
}

function ReportView({ report }: { report: TGoAmlReportDetail }) {
  const { t, i18n } = useTranslation('goaml');
  const navigate = useNavigate();
  const download = useDownloadGoAml(report.id);
  const followUp = useCreateFollowUp(report.id);
  const locked = report.state.status === 'submitted' || report.state.status === 'answered';
  const refusal = download.error instanceof ApiError ? download.error.body.details : undefined;
  return (
    <Stack maw={1200} mx="auto">
      <Anchor component={Link} to="/goaml" size="sm">
        {t('report.backToList')}
      </Anchor>
      <Group justify="space-between">
        <div>
          <Title order={2}>{report.title}</Title>
          <Group gap="xs">
            <Text c="dimmed">{t(`kind.${report.kind}`)}</Text>
            <StatusBadge state={report.state} />
          </Group>
        </div>
        <Button component={Link} to={report.subjectPath} variant="subtle">
          {t('report.openCase')}
        </Button>
      </Group>
      {report.fiuRefNumber && (
        <Alert color="blue">{t('report.previousReport', { reference: report.fiuRefNumber })}</Alert>
      )}
      {report.settingsMissing && (
        <Alert color="orange" data-testid="goaml-settings-missing">
          {t('report.settingsMissing')}{' '}
          <Anchor component={Link} to="/goaml#goaml-settings">
            {t('report.settingsLink')}
          </Anchor>
        </Alert>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack>
            {locked && <Alert color="gray">{t('report.textsLocked')}</Alert>}
            <ReportTextsForm key={report.texts.language} report={report} locked={locked} />
            {report.adjustments.length > 0 && (
              <Alert color="yellow" title={t('adjustments.title')} data-testid="goaml-adjustments">
                <Text size="sm">{t('adjustments.intro')}</Text>
                <List size="sm">
                  {report.adjustments.map((a) => (
                    <List.Item key={`${a.path}-${a.kind}`}>
                      {`${a.path}: ${t(`adjustments.${a.kind}`, { max: a.maxLength, written: a.written, original: a.original })}`}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
            {report.errors.length > 0 && (
              <Alert color="red" title={t('errors.title')} data-testid="goaml-errors">
                <Text size="sm">{t('errors.intro')}</Text>
                <List size="sm">
                  {report.errors.map((e) => (
                    <List.Item key={`${e.path}:${e.raw}`}>
                      <Text size="sm" fw={500}>
                        {e.path}
                      </Text>
                      <Text size="sm">{e.message}</Text>
                      <Text size="xs" c="dimmed">
                        {`${t('errors.raw')}: ${e.raw}`}
                      </Text>
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
            {refusal && refusal.length > 0 && report.errors.length === 0 && (
              <Alert color="red" title={t('errors.title')}>
                <List size="sm">
                  {refusal.map((d) => (
                    <List.Item key={d.field}>{`${d.field}: ${d.message}`}</List.Item>
                  ))}
                </List>
              </Alert>
            )}
            {!refusal && <ErrorAlert error={download.error} />}
            <Group>
              <Button
                onClick={() =>
                  download.mutate(undefined, {
                    onSuccess: () => notifications.show({ color: 'green', message: t('download.done') }),
                  })
                }
                loading={download.isPending}
                disabled={report.settingsMissing || report.errors.length > 0 || locked}
                data-testid="goaml-download"
              >
                {report.state.status === 'downloaded' ? t('download.again') : t('download.button')}
              </Button>
              {report.errors.length > 0 && (
                <Text size="sm" c="red">
                  {t('download.blocked')}
                </Text>
              )}
            </Group>
            <ReportLifecycle report={report} />
            {locked && (
              <Paper withBorder p="md">
                <Stack gap="xs">
                  <Title order={5}>{t('report.followUps')}</Title>
                  <Text size="sm" c="dimmed">
                    {t('report.followUpHint')}
                  </Text>
                  {report.followUps.map((f) => (
                    <Anchor key={f.id} component={Link} to={`/goaml/reports/${f.id}`}>
                      {`${formatDateTime(f.createdAt, i18n.language)} — ${t(`status.${f.status}`)}`}
                    </Anchor>
                  ))}
                  <Group>
                    <Button
                      variant="light"
                      loading={followUp.isPending}
                      onClick={() =>
                        followUp.mutate(undefined, { onSuccess: (r) => navigate(`/goaml/reports/${r.id}`) })
                      }
                      data-testid="goaml-follow-up"
                    >
                      {t('report.createFollowUp')}
                    </Button>
                  </Group>
                </Stack>
              </Paper>
            )}
            {report.preview && <ReportPreview report={report.preview} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack>
            <Paper withBorder p="md">
              <SubmissionGuide status={report.state.status} />
            </Paper>
            {report.files.length > 0 && (
              <Paper withBorder p="md">
                <Title order={5}>{t('report.files')}</Title>
                <List size="sm">
                  {report.files.map((f) => (
                    <List.Item key={f.id}>
                      {t('report.fileLine', {
                        date: formatDateTime(f.createdAt, i18n.language),
                        name: f.downloadedByName ?? '—',
                        profile: f.profileName,
                      })}
                    </List.Item>
                  ))}
                </List>
              </Paper>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
