import { BarChart, DonutChart } from '@mantine/charts';
import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TOfficerCockpit } from '@vigilo/domain/contracts/cockpit.ts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { figureLinks } from '../figure-links.ts';
import { FigureTile } from './figure-tile.tsx';
import { ListFreshnessTable } from './list-freshness-table.tsx';
import { OutcomesChart } from './outcomes-chart.tsx';

/** The officer's part: what waits for whom, what is due, what is stale, and a year of outcomes. */
export function OfficerCockpit({ data }: { data: TOfficerCockpit }) {
  const { t } = useTranslation('cockpit');
  return (
    <Stack gap="lg" data-testid="officer-cockpit">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <FigureTile
          testId="hits"
          label={t('figures.hits')}
          value={data.hitsToReview}
          to={figureLinks.items('open-hits')}
          isAlert={data.hitsToReview > 0}
        />
        <FigureTile
          testId="reviews-overdue"
          label={t('figures.reviewsOverdue')}
          value={data.reviews.overdue}
          to={figureLinks.reviewsOverdue}
          isAlert={data.reviews.overdue > 0}
        />
        <FigureTile
          testId="reviews-due-soon"
          label={t('figures.reviewsDueSoon', { days: data.reviews.dueSoonDays })}
          value={data.reviews.dueSoon}
          to={figureLinks.items('reviews-due-soon')}
        />
        <FigureTile
          testId="retention-proposals"
          label={t('figures.retentionProposals')}
          value={data.relationshipsProposedForEnding}
          to={figureLinks.retentionProposals}
        />
        <FigureTile
          testId="documents-expired"
          label={t('figures.documentsExpired')}
          value={data.documents.expired}
          to={figureLinks.items('documents-expiring')}
          isAlert={data.documents.expired > 0}
        />
        <FigureTile
          testId="documents-expiring"
          label={t('figures.documentsExpiring', { days: data.documents.windowDays })}
          value={data.documents.expiringSoon}
          to={figureLinks.items('documents-expiring')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <OpenCasesByAwaited data={data} />
        <OpenCasesByAge data={data} />
      </SimpleGrid>
      <OutcomesChart months={data.months} />
      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="sm">
          {t('lists.title')}
        </Title>
        <ListFreshnessTable lists={data.lists} withChecks />
      </Paper>
    </Stack>
  );
}

function OpenCasesByAwaited({ data }: { data: TOfficerCockpit }) {
  const { t } = useTranslation('cockpit');
  const navigate = useNavigate();
  const { collaborator, officer, ctif } = data.openCases.byAwaited;
  const slices = [
    { key: 'officer', value: officer, color: 'orange.6', to: figureLinks.awaitingOfficer },
    { key: 'ctif', value: ctif, color: 'red.6', to: figureLinks.awaitingCtif },
    {
      key: 'collaborator',
      value: collaborator,
      color: 'blue.6',
      to: figureLinks.items('cases-awaiting-collaborator'),
    },
  ];
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={4} mb="sm">
        {t('openCases.byAwaitedTitle')}
      </Title>
      <Group align="center" wrap="nowrap">
        <DonutChart
          size={140}
          thickness={24}
          withTooltip
          data={slices.map((s) => ({
            name: t(`openCases.awaited.${s.key}`),
            value: s.value,
            color: s.color,
          }))}
          pieProps={{
            cursor: 'pointer',
            onClick: (_: unknown, index: number) => slices[index] && navigate(slices[index].to),
          }}
          chartLabel={collaborator + officer + ctif}
        />
        <Stack gap={6}>
          {slices.map((s) => (
            <Group key={s.key} gap="xs" wrap="nowrap">
              <Text
                component={Link}
                to={s.to}
                fw={700}
                c={s.color}
                data-testid={`cockpit-figure-awaiting-${s.key}`}
              >
                {s.value}
              </Text>
              <Text size="sm">{t(`openCases.awaited.${s.key}`)}</Text>
            </Group>
          ))}
        </Stack>
      </Group>
    </Paper>
  );
}

const ageBuckets = ['under7', 'from7to30', 'over30'] as const;

function OpenCasesByAge({ data }: { data: TOfficerCockpit }) {
  const { t } = useTranslation('cockpit');
  const navigate = useNavigate();
  const rows = ageBuckets.map((bucket) => ({
    bucket: t(`openCases.age.${bucket}`),
    cases: data.openCases.byAge[bucket],
  }));
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={4} mb="sm">
        {t('openCases.byAgeTitle')}
      </Title>
      <BarChart
        h={140}
        data={rows}
        dataKey="bucket"
        yAxisProps={{ allowDecimals: false }}
        series={[{ name: 'cases', label: t('openCases.cases'), color: 'orange.6' }]}
        barProps={{
          cursor: 'pointer',
          onClick: (_: unknown, index: number) =>
            ageBuckets[index] && navigate(figureLinks.items(`cases-${ageBuckets[index]}`)),
        }}
        withTooltip={false}
      />
      <Group gap="lg" mt="xs">
        {ageBuckets.map((bucket) => (
          <Text key={bucket} size="sm">
            <Text
              span
              component={Link}
              to={figureLinks.items(`cases-${bucket}`)}
              fw={700}
              data-testid={`cockpit-figure-age-${bucket}`}
            >
              {data.openCases.byAge[bucket]}
            </Text>{' '}
            {t(`openCases.age.${bucket}`)}
          </Text>
        ))}
      </Group>
    </Paper>
  );
}
