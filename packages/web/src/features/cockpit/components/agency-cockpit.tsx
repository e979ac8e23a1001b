import { BarChart } from '@mantine/charts';
import { Anchor, Badge, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { TAgencyCockpit } from '@vigilo/domain/contracts/cockpit.ts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDate } from '../../../components/format-date.ts';
import { useMoney } from '../../wallet/components/use-money.ts';
import { figureLinks } from '../figure-links.ts';
import { useMonthLabel } from './use-month-label.ts';

/** The agency's part: activity per month, wallet against subscription, training of each person. */
export function AgencyCockpit({ data, isOfficer }: { data: TAgencyCockpit; isOfficer: boolean }) {
  return (
    <Stack gap="lg" data-testid="agency-cockpit">
      <TransactionsPerMonth data={data} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <WalletUse data={data} />
        <TrainingStatus data={data} isOfficer={isOfficer} />
      </SimpleGrid>
    </Stack>
  );
}

function TransactionsPerMonth({ data }: { data: TAgencyCockpit }) {
  const { t } = useTranslation('cockpit');
  const navigate = useNavigate();
  const monthLabel = useMonthLabel();
  const months = data.transactionsPerMonth;
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={4} mb="sm">
        {t('transactions.title')}
      </Title>
      <BarChart
        h={200}
        data={months.map((m) => ({ label: monthLabel(m.month), count: m.count }))}
        dataKey="label"
        yAxisProps={{ allowDecimals: false }}
        series={[{ name: 'count', label: t('transactions.count'), color: 'blue.6' }]}
        barProps={{
          cursor: 'pointer',
          onClick: (_: unknown, index: number) => {
            const month = months[index]?.month;
            if (month) navigate(figureLinks.transactionsOfMonth(month));
          },
        }}
      />
      <Text size="sm" mt="xs">
        {t('transactions.thisMonth')}{' '}
        <Anchor
          component={Link}
          to={figureLinks.transactionsOfMonth(months.at(-1)!.month)}
          fw={700}
          data-testid="cockpit-figure-transactions-this-month"
        >
          {months.at(-1)!.count}
        </Anchor>
      </Text>
    </Paper>
  );
}

function WalletUse({ data }: { data: TAgencyCockpit }) {
  const { t, i18n } = useTranslation('cockpit');
  const money = useMoney();
  const subscription = data.wallet.subscription;
  const included = subscription?.includedTransactions ?? null;
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={4} mb="sm">
        {t('wallet.title')}
      </Title>
      <Text>
        {t('wallet.balance')}{' '}
        <Anchor component={Link} to={figureLinks.wallet} fw={700} data-testid="cockpit-figure-wallet-balance">
          {money(data.wallet.balanceCents)}
        </Anchor>
      </Text>
      {subscription ? (
        <Stack gap={4} mt="sm" data-testid="cockpit-subscription">
          <Text size="sm">
            {t('wallet.subscription', {
              plan: t(`wallet:plans.${subscription.planCode}`),
              date: formatDate(subscription.expiresAt, i18n.language),
            })}
          </Text>
          {included === null ? (
            <Text size="sm">{t('wallet.unlimited', { used: subscription.usedTransactions })}</Text>
          ) : (
            <>
              <Progress
                value={included ? Math.min(100, (100 * subscription.usedTransactions) / included) : 100}
                color={subscription.usedTransactions >= included ? 'red' : 'blue'}
                aria-label={t('wallet.usage', { used: subscription.usedTransactions, included })}
              />
              <Text size="sm">{t('wallet.usage', { used: subscription.usedTransactions, included })}</Text>
            </>
          )}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed" mt="sm">
          {t('wallet.noSubscription')}
        </Text>
      )}
    </Paper>
  );
}

function TrainingStatus({ data, isOfficer }: { data: TAgencyCockpit; isOfficer: boolean }) {
  const { t, i18n } = useTranslation('cockpit');
  const late = data.training.filter((m) => !m.isCurrent).length;
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={4} mb="sm">
        {t('training.title')}
      </Title>
      <Text size="sm" mb="xs">
        {t('training.notCurrent')}{' '}
        {isOfficer ? (
          <Anchor
            component={Link}
            to={figureLinks.trainings}
            fw={700}
            data-testid="cockpit-figure-training-late"
          >
            {late}
          </Anchor>
        ) : (
          <Text span fw={700} data-testid="cockpit-figure-training-late">
            {late}
          </Text>
        )}
      </Text>
      <Table.ScrollContainer minWidth={420}>
        <Table data-testid="cockpit-training">
          <Table.Tbody>
            {data.training.map((m) => (
              <Table.Tr key={m.memberId}>
                <Table.Td>{m.name}</Table.Td>
                <Table.Td>{t(`training.roles.${m.toolRole}`)}</Table.Td>
                <Table.Td>
                  {m.lastTrainingOn ? formatDate(m.lastTrainingOn, i18n.language) : t('training.never')}
                </Table.Td>
                <Table.Td>
                  <Badge color={m.isCurrent ? 'green' : 'red'} variant="light">
                    {m.isCurrent ? t('training.current') : t('training.due')}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
