import { BarChart } from '@mantine/charts';
import { Anchor, Group, Paper, Text, Title } from '@mantine/core';
import type { TOfficerCockpit } from '@vigilo/domain/contracts/cockpit.ts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { figureLinks } from '../figure-links.ts';
import { useMonthLabel } from './use-month-label.ts';

type TMonths = TOfficerCockpit['months'];

/** Heightened vigilance and reports to CTIF-CFI per month over a year, with their shares of all assessments. */
export function OutcomesChart({ months }: { months: TMonths }) {
  const { t, i18n } = useTranslation('cockpit');
  const navigate = useNavigate();
  const monthLabel = useMonthLabel();
  const total = (pick: (m: TMonths[number]) => number) => months.reduce((sum, m) => sum + pick(m), 0);
  const assessed = total((m) => m.assessed);
  const heightened = total((m) => m.heightened);
  const reports = total((m) => m.reportsToCtif);
  const percent = (n: number) =>
    new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }).format(
      assessed ? n / assessed : 0,
    );
  const series = [
    { name: 'heightened', label: t('outcomes.heightened'), color: 'orange.6', figure: 'heightened' },
    { name: 'reportsToCtif', label: t('outcomes.reports'), color: 'red.7', figure: 'reports-to-ctif' },
  ] as const;
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={4}>{t('outcomes.title')}</Title>
      <Group gap="xl" my="sm">
        <Text size="sm" data-testid="cockpit-share-heightened">
          {t('outcomes.heightenedShare', { n: heightened, total: assessed, percent: percent(heightened) })}
        </Text>
        <Text size="sm" data-testid="cockpit-share-reports">
          {t('outcomes.reportsShare', { n: reports, total: assessed, percent: percent(reports) })}
        </Text>
      </Group>
      <BarChart
        h={220}
        data={months.map((m) => ({ ...m, label: monthLabel(m.month) }))}
        dataKey="label"
        yAxisProps={{ allowDecimals: false }}
        series={series.map(({ name, label, color }) => ({ name, label, color }))}
        withLegend
        barProps={(s) => ({
          cursor: 'pointer',
          onClick: (_: unknown, index: number) => {
            const figure = series.find((x) => x.name === s.name)?.figure;
            const month = months[index]?.month;
            if (figure && month) navigate(figureLinks.items(figure, month));
          },
        })}
      />
      <Group gap="xs" mt="xs">
        {months
          .filter((m) => m.heightened + m.reportsToCtif > 0)
          .map((m) => (
            <Anchor
              key={m.month}
              component={Link}
              size="xs"
              to={figureLinks.items('heightened', m.month)}
              data-testid={`cockpit-month-${m.month}`}
            >
              {t('outcomes.monthLink', { month: monthLabel(m.month), n: m.heightened })}
            </Anchor>
          ))}
      </Group>
    </Paper>
  );
}
