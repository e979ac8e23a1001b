import { Alert, Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useSession } from '../../accounts/api/session.ts';
import { useMyOrganisations } from '../api/my-organisations.ts';
import { AddOrganisationPanel, type TAddMode } from '../components/add-organisation-panel.tsx';
import { MembershipsTable } from '../components/memberships-table.tsx';

/** "Mes organisations": where I choose the organisation I work in, create one or ask to join one. */
export function MyOrganisationsPage() {
  const { t } = useTranslation('organisations');
  const session = useSession();
  const mine = useMyOrganisations();
  const navigate = useNavigate();
  // The home page's "join your agency" opens the join form directly.
  const [params] = useSearchParams();
  const activeId = session.data?.activeOrganisationId ?? null;
  const memberships = mine.data?.memberships ?? [];
  const hasActiveMemberships = memberships.some((m) => m.status === 'active');
  const onAdded = (mode: TAddMode) => {
    if (mode !== 'create') return;
    notifications.show({ color: 'green', message: t('add.created') });
    navigate('/organisation');
  };
  return (
    <Stack maw={960} mx="auto">
      <Title order={2}>{t('mine.title')}</Title>
      <ErrorAlert error={mine.error} />
      {mine.isPending ? (
        <Center>
          <Loader aria-label={t('common:loading')} />
        </Center>
      ) : memberships.length === 0 ? (
        <Alert color="blue" data-testid="no-organisations">
          {t('mine.empty')}
        </Alert>
      ) : (
        <Paper p="md" withBorder>
          <Stack>
            {!activeId && hasActiveMemberships && (
              <Alert color="yellow" data-testid="choose-active">
                {t('mine.chooseActive')}
              </Alert>
            )}
            <MembershipsTable memberships={memberships} activeOrganisationId={activeId} />
            <Text size="sm" c="dimmed">
              {t('mine.pendingExplained')}
            </Text>
          </Stack>
        </Paper>
      )}
      <AddOrganisationPanel
        onDone={onAdded}
        initialMode={params.get('add') === 'join' ? 'join' : 'create'}
        key={params.get('add') ?? 'create'}
      />
    </Stack>
  );
}
