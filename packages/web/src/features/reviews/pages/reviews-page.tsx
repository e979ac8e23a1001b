import { Alert, Anchor, Center, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { TReviewItem } from '@vigilo/domain/contracts/reviews.ts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDate } from '../../../components/format-date.ts';
import { VigilanceBadge } from '../../contacts/components/contact-badges.tsx';
import { useReviews } from '../api/reviews.ts';

/**
 * Periodic reviews (issue 14, item 9): contacts whose risk profile review is overdue — they cannot be a
 * party to a new transaction until computed again — and those coming due within 30 days.
 */
export function ReviewsPage() {
  const { t } = useTranslation('contacts');
  const query = useReviews();
  return (
    <Stack maw={1000} mx="auto">
      <Title order={2}>{t('reviews.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('reviews.intro')}
      </Text>
      {query.error && <ErrorAlert error={query.error} />}
      {query.isPending && (
        <Center>
          <Loader aria-label={t('common:loading')} />
        </Center>
      )}
      {query.data && (
        <>
          <Section
            testId="reviews-overdue"
            title={t('reviews.overdueTitle', { count: query.data.overdue.length })}
            items={query.data.overdue}
            empty={t('reviews.overdueEmpty')}
            daysLabel={t('reviews.daysLate')}
            warning={query.data.overdue.length > 0 ? t('reviews.overdueWarning') : null}
          />
          <Section
            testId="reviews-due-soon"
            title={t('reviews.dueSoonTitle', {
              days: query.data.dueSoonDays,
              count: query.data.dueSoon.length,
            })}
            items={query.data.dueSoon}
            empty={t('reviews.dueSoonEmpty', { days: query.data.dueSoonDays })}
            daysLabel={t('reviews.daysLeft')}
            warning={null}
          />
        </>
      )}
    </Stack>
  );
}

function Section(props: {
  testId: string;
  title: string;
  items: TReviewItem[];
  empty: string;
  daysLabel: string;
  warning: string | null;
}) {
  const { t, i18n } = useTranslation('contacts');
  return (
    <Paper withBorder p="md" data-testid={props.testId}>
      <Stack>
        <Title order={4}>{props.title}</Title>
        {props.warning && <Alert color="orange">{props.warning}</Alert>}
        {props.items.length === 0 ? (
          <Text c="dimmed">{props.empty}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reviews.contact')}</Table.Th>
                  <Table.Th>{t('reviews.level')}</Table.Th>
                  <Table.Th>{t('reviews.dueOn')}</Table.Th>
                  <Table.Th ta="right">{props.daysLabel}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {props.items.map((item) => (
                  <Table.Tr key={item.contactId} data-testid="review-item">
                    <Table.Td>
                      <Anchor component={Link} to={`/contacts/${item.contactId}`}>
                        {item.displayName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {item.vigilanceLevel ? <VigilanceBadge level={item.vigilanceLevel} /> : '—'}
                    </Table.Td>
                    <Table.Td>{formatDate(item.reviewDueAt, i18n.language)}</Table.Td>
                    <Table.Td ta="right">
                      {item.daysLeft === 0 ? t('reviews.dueToday') : Math.abs(item.daysLeft)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
