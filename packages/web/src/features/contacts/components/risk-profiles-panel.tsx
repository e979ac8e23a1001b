import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../components/format-date.ts';
import { useCreateRiskProfile, useRiskProfiles } from '../../risk/api/risk-profiles.ts';
import { DecisionStatusBadge } from '../../risk/components/decision-status-badge.tsx';
import { VigilanceBadge } from './contact-badges.tsx';

/** The risk profiles of a contact (one per version and role) and the start of a new one. */
export function RiskProfilesPanel({ contactId }: { contactId: string }) {
  const { t, i18n } = useTranslation('contacts');
  const profiles = useRiskProfiles(contactId);
  const create = useCreateRiskProfile(contactId);
  const navigate = useNavigate();
  const start = (role: 'buyer' | 'seller') =>
    create.mutate(role, {
      onSuccess: (profile) => navigate(`/contacts/${contactId}/risk-profiles/${profile.id}`),
    });
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('riskProfiles.intro')}
      </Text>
      <Group>
        <Button onClick={() => start('buyer')} loading={create.isPending} data-testid="new-profile-buyer">
          {t('riskProfiles.newBuyer')}
        </Button>
        <Button onClick={() => start('seller')} loading={create.isPending} data-testid="new-profile-seller">
          {t('riskProfiles.newSeller')}
        </Button>
      </Group>
      <ErrorAlert error={create.error ?? profiles.error} />
      {profiles.data?.length === 0 && <Text c="dimmed">{t('riskProfiles.empty')}</Text>}
      {profiles.data && profiles.data.length > 0 && (
        <Table withTableBorder data-testid="risk-profiles">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('riskProfiles.role')}</Table.Th>
              <Table.Th>{t('riskProfiles.version')}</Table.Th>
              <Table.Th>{t('riskProfiles.status')}</Table.Th>
              <Table.Th>{t('riskProfiles.level')}</Table.Th>
              <Table.Th>{t('riskProfiles.createdAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {profiles.data.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/contacts/${contactId}/risk-profiles/${p.id}`}>
                    {t(`options.role.${p.role}`)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    {t('history.versionLabel', { version: p.contactVersionNo })}
                    {!p.isCurrentVersion && (
                      <Badge size="xs" color="gray" variant="outline">
                        {t('riskProfiles.olderVersion')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <DecisionStatusBadge status={p.status} />
                </Table.Td>
                <Table.Td>
                  <VigilanceBadge level={p.level} />
                </Table.Td>
                <Table.Td>{formatDateTime(p.createdAt, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
