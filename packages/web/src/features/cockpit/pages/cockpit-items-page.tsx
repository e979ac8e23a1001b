import { Anchor, Badge, Center, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { cockpitItemFigures, type TCockpitItemFigure } from '@vigilo/domain/contracts/cockpit.ts';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDate } from '../../../components/format-date.ts';
import { useCockpitItems } from '../api/cockpit.ts';
import { useMonthLabel } from '../components/use-month-label.ts';
import { itemHref } from '../figure-links.ts';

/** The records behind one cockpit figure, each linking to its own page. */
export function CockpitItemsPage() {
  const { t } = useTranslation('cockpit');
  const [params] = useSearchParams();
  const figure = params.get('figure') as TCockpitItemFigure | null;
  if (!figure || !cockpitItemFigures.includes(figure)) return <Center mt="xl">{t('common:notFound')}</Center>;
  return <ItemsList figure={figure} month={params.get('month') ?? undefined} />;
}

function ItemsList({ figure, month }: { figure: TCockpitItemFigure; month?: string }) {
  const { t, i18n } = useTranslation('cockpit');
  const monthLabel = useMonthLabel();
  const query = useCockpitItems({ figure, month });
  return (
    <Stack maw={900} mx="auto">
      <Anchor component={Link} to="/" size="sm">
        {t('items.back')}
      </Anchor>
      <Title order={2} data-testid="cockpit-items-title">
        {t(`items.titles.${figure}`, { month: month ? monthLabel(month) : '' })}
      </Title>
      {query.error && <ErrorAlert error={query.error} />}
      {query.isPending && (
        <Center>
          <Loader aria-label={t('common:loading')} />
        </Center>
      )}
      {query.data?.items.length === 0 && <Text c="dimmed">{t('items.empty')}</Text>}
      {query.data && query.data.items.length > 0 && (
        <Table data-testid="cockpit-items">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('items.name')}</Table.Th>
              <Table.Th>{t('items.kind')}</Table.Th>
              <Table.Th>{t(`items.dates.${figure}`)}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.items.map((item) => (
              <Table.Tr key={`${item.kind}:${item.id}`} data-testid="cockpit-item">
                <Table.Td>
                  <Anchor component={Link} to={itemHref(item)}>
                    {item.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(`items.kinds.${item.kind}`)}</Badge>
                </Table.Td>
                <Table.Td>{formatDate(item.date, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
