import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import type { TOwnershipResult } from '@vigilo/domain/contracts/contacts.ts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * The natural persons behind an entity, with their effective share computed through every holding, and
 * whether they are beneficial owners (more than 25 % or control: law of 18/09/2017 art. 4, 27°).
 */
export function OwnershipTable({ ownership }: { ownership: TOwnershipResult[] }) {
  const { t, i18n } = useTranslation('contacts');
  const pct = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 4 });
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('ownership.intro')}
      </Text>
      {ownership.length === 0 ? (
        <Text c="dimmed">{t('ownership.empty')}</Text>
      ) : (
        <Table withTableBorder data-testid="ownership">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ownership.person')}</Table.Th>
              <Table.Th ta="right">{t('ownership.effectivePct')}</Table.Th>
              <Table.Th>{t('ownership.control')}</Table.Th>
              <Table.Th>{t('ownership.isBeneficialOwner')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ownership.map((o) => (
              <Table.Tr key={o.contactId} data-testid={`ownership-${o.displayName}`}>
                <Table.Td>
                  <Anchor component={Link} to={`/contacts/${o.contactId}`}>
                    {o.displayName}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right">{`${pct.format(o.effectivePct)} %`}</Table.Td>
                <Table.Td>{o.hasControl ? t('answer.yes') : t('answer.no')}</Table.Td>
                <Table.Td>
                  <Badge color={o.isBeneficialOwner ? 'violet' : 'gray'} variant="light">
                    {o.isBeneficialOwner ? t('answer.yes') : t('answer.no')}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
