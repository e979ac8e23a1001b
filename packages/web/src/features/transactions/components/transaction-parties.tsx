import { Anchor, Badge, Paper, Stack, Table, Title } from '@mantine/core';
import type { TTransactionDetail } from '@vigilo/domain/contracts/transactions.ts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../components/format-date.ts';
import { VigilanceBadge } from '../../contacts/components/contact-badges.tsx';

/** The clients and counterparties, each with the contact version and the risk profile it was added with. */
export function TransactionParties({ parties }: { parties: TTransactionDetail['parties'] }) {
  const { t, i18n } = useTranslation('transactions');
  const ordered = [...parties].sort((a, b) => (a.role === b.role ? 0 : a.role === 'client' ? -1 : 1));
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={4}>{t('detail.parties')}</Title>
        <Table.ScrollContainer minWidth={680}>
          <Table data-testid="parties">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('detail.party')}</Table.Th>
                <Table.Th>{t('detail.role')}</Table.Th>
                <Table.Th>{t('detail.identifiedOn')}</Table.Th>
                <Table.Th>{t('detail.contactVersion')}</Table.Th>
                <Table.Th>{t('detail.profile')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ordered.map((p) => (
                <Table.Tr key={p.contactId} data-testid="party">
                  <Table.Td>
                    <Anchor component={Link} to={`/contacts/${p.contactId}`}>
                      {p.displayName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={p.role === 'client' ? 'blue' : 'grape'}>
                      {t(`roles.${p.role}`)}
                    </Badge>
                    {p.side && (
                      <Badge variant="outline" color="gray" ml="xs" data-testid="party-side">
                        {t(`sides.${p.side}`)}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{formatDate(p.identifiedOn, i18n.language)}</Table.Td>
                  <Table.Td>{t('form.version', { version: p.contactVersionNo })}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/risk-profiles/${p.riskProfileId}`} size="sm">
                      <VigilanceBadge level={p.level} />
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
